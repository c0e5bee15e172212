#include "linkcontroller.h"

#include "viewstate.h"
#include "widgets/themeicon.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMessageBox>
#include <QWidget>

namespace trro {

LinkController::LinkController(ViewState *state, QWidget *window)
    : QObject(window)
    , m_state(state)
    , m_window(window)
    , m_copy(new QAction(tr("Copy &link"), this)) {
    m_copy->setObjectName(QStringLiteral("copyLinkAction"));
    setThemedIcon(m_copy, QStringLiteral("link"));
    m_copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_copy->setShortcutContext(Qt::WindowShortcut);
    m_copy->setToolTip(tr("Copy a link that opens exactly this view, with its times"));
    window->addAction(m_copy);
    connect(m_copy, &QAction::triggered, this, &LinkController::copyLink);
    connect(m_state, &ViewState::projectsChanged, this, &LinkController::checkProject);
}

void LinkController::setProfiles(const QStringList &names, const QString &current) {
    m_profiles = names;
    m_currentProfile = current;
    m_profilesKnown = true;
    if (!m_pendingLink.isEmpty())
        open(std::exchange(m_pendingLink, QString()));
}

QString LinkController::currentLink() const {
    ViewSelection value = m_state->value();
    if (!m_profiles.contains(value.profile))
        value.profile.clear(); // e.g. the demo: no profile to name
    return ViewLinks::toUrl(ViewLinks::fromSelection(value, m_state->window())).toString();
}

void LinkController::copyLink() {
    if (m_state->value().projectId.isEmpty()) {
        Q_EMIT statusMessage(tr("No project is open: there is nothing to link to"));
        return;
    }
    QApplication::clipboard()->setText(currentLink());
    Q_EMIT statusMessage(tr("Link copied: it opens this view with the same times"));
}

bool LinkController::open(const QString &text) {
    if (!m_profilesKnown) { // the keychain is still being read: open it once the profiles are
        m_pendingLink = text;
        return true;
    }
    ViewLink link;
    QString error;
    if (!ViewLinks::parse(text, &link, &error)) {
        refuse(tr("This link cannot be opened: %1").arg(error));
        return false;
    }
    if (!link.profile.isEmpty() && !m_profiles.contains(link.profile)) {
        refuse(tr("This link is for the profile \"%1\", which is not set up on this computer. "
                  "Add it under File › Manage credentials, or ask for a link without a profile.")
                   .arg(link.profile));
        return false;
    }
    if (!link.profile.isEmpty() && link.profile != m_currentProfile)
        Q_EMIT profileRequested(link.profile);
    m_lastProblem.clear();
    m_wantedProject = link.projectId;
    m_state->set(ViewLinks::apply(link, m_state->value()));
    if (!m_state->isLoadingProjects() && !m_state->projects().isEmpty())
        checkProject();
    Q_EMIT statusMessage(tr("Opened a link"));
    return true;
}

void LinkController::checkProject() {
    if (m_wantedProject.isEmpty() || m_state->projects().isEmpty())
        return;
    const QString wanted = std::exchange(m_wantedProject, QString());
    for (const Project &project : m_state->projects()) {
        if (project.projectId == wanted)
            return;
    }
    const QString profile = m_state->value().profile;
    refuse(profile.isEmpty()
               ? tr("This link opens the project %1, which this account does not have (or may "
                    "not see).")
                     .arg(wanted)
               : tr("This link opens the project %1, which the account of the profile \"%2\" "
                    "does not have (or may not see).")
                     .arg(wanted, profile));
}

void LinkController::refuse(const QString &problem) {
    m_lastProblem = problem;
    Q_EMIT statusMessage(problem);
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Link"), problem, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("linkProblem"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace trro
