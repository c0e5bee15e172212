#pragma once

#include "viewlink.h"

#include <QObject>
#include <QStringList>

class QAction;
class QWidget;

namespace trro {

class ViewState;

// Dashboard links on the view state: "Copy link" puts the link of what is on screen (fleet,
// interval, device or session, with absolute times) on the clipboard; open() validates a link
// (from the command line or a second start) and sets the view state to it. A link to a profile
// that is not set up here, or to a project the account does not have, is refused with a
// message saying so.
class LinkController final : public QObject {
    Q_OBJECT
public:
    LinkController(ViewState *state, QWidget *window);

    QAction *copyLinkAction() const { return m_copy; }
    // The profiles set up here and the one in use (empty names: none known, e.g. the demo).
    void setProfiles(const QStringList &names, const QString &current);
    QString currentLink() const;
    // false when refused; the reason is shown and in lastProblem(). Before the profiles are
    // known (setProfiles()), the link waits for them.
    bool open(const QString &text);
    QString lastProblem() const { return m_lastProblem; }

Q_SIGNALS:
    void profileRequested(const QString &name); // switch the credentials to this profile
    void statusMessage(const QString &message);

private:
    void copyLink();
    void checkProject();
    void refuse(const QString &problem);

    ViewState *m_state;
    QWidget *m_window;
    QAction *m_copy;
    QStringList m_profiles;
    QString m_currentProfile;
    QString m_wantedProject; // a link's project, checked once the project list is there
    QString m_lastProblem;
    QString m_pendingLink; // opened when the profiles are known
    bool m_profilesKnown = false;
};

} // namespace trro
