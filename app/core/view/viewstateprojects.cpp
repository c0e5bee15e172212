#include "trroapi.h"
#include "viewstate.h"

namespace trro {

void ViewState::clearProjects() {
    delete m_projectsRequest.data();
    m_projects.clear();
}

void ViewState::loadProjects() {
    delete m_projectsRequest.data();
    auto *request = new QObject(this);
    m_projectsRequest = request;
    Q_EMIT projectsLoadingChanged(true);
    Q_EMIT statusMessage(tr("Loading the projects…"));
    m_api->projects(
        request,
        [this, request](const Result<QList<Project>> &result) {
            request->deleteLater();
            m_projectsRequest.clear();
            Q_EMIT projectsLoadingChanged(false);
            if (result.ok())
                onProjectsLoaded(result.value());
            else
                onProjectsFailed(result.error());
        },
        Priority::Interactive);
}

void ViewState::onProjectsLoaded(const QList<Project> &projects) {
    m_projects = projects;
    const QString wanted = m_value.projectId;
    QString chosen;
    for (const Project &project : projects) {
        if (project.projectId == wanted)
            chosen = wanted;
    }
    if (chosen.isEmpty() && !projects.isEmpty())
        chosen = projects.first().projectId;
    Q_EMIT projectsChanged(projects);
    if (projects.isEmpty())
        Q_EMIT statusMessage(tr("This account has no TRRO project yet."));
    else if (!wanted.isEmpty() && chosen != wanted)
        Q_EMIT statusMessage(tr("Project %1 was not found; showing %2.").arg(wanted, chosen));
    else
        Q_EMIT statusMessage(QString());
    if (chosen.isEmpty())
        return;
    if (chosen == wanted) {
        // The same project, now known to exist: everything that shows it loads.
        saveViewSelection(m_settings, m_value);
        Q_EMIT changed(m_value, ViewChange::Project);
        return;
    }
    ViewSelection next = m_value;
    next.projectId = chosen;
    set(next);
}

void ViewState::onProjectsFailed(const ApiError &error) {
    Q_EMIT projectsChanged(m_projects);
    Q_EMIT statusMessage(QString());
    Q_EMIT projectsFailed(error);
    const bool unreachable = error.kind == ApiError::Kind::Network ||
                             error.kind == ApiError::Kind::Timeout ||
                             error.kind == ApiError::Kind::Http;
    if (!m_projects.isEmpty() || !unreachable || m_value.projectId.isEmpty())
        return;
    // Offline: the project of last time, from the cache, until a refresh works.
    Project last;
    last.projectId = m_value.projectId;
    Q_EMIT projectsChanged({last});
    Q_EMIT changed(m_value, ViewChange::Project);
}

} // namespace trro
