#pragma once

#include "apierror.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace trro {

// A non-blocking strip shown when the keychain is missing or locked: what happened, what to
// install or start (GNOME Keyring, KWallet, KeePassXC's Secret Service), a retry, and the offer
// to keep the credentials in memory for this session only. Never a dialog.
class KeychainBanner final : public QFrame {
    Q_OBJECT
public:
    explicit KeychainBanner(QWidget *parent = nullptr);

    void showError(const ApiError &error);
    // Whether "Use for this session only" is offered (it needs a typed secret).
    void setSessionOnlyOffered(bool offered);
    void dismiss();

    ApiError error() const { return m_error; }
    QString text() const; // the banner as plain text (tests, accessibility)
    QPushButton *sessionOnlyButton() const { return m_sessionOnly; }
    QPushButton *retryButton() const { return m_retry; }

Q_SIGNALS:
    void sessionOnlyRequested();
    void retryRequested();
    void dismissed();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    ApiError m_error;
    QLabel *m_icon;
    QLabel *m_headline;
    QLabel *m_message;
    QPushButton *m_sessionOnly;
    QPushButton *m_retry;
    QToolButton *m_close;
};

} // namespace trro
