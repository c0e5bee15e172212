#pragma once

#include "apierror.h"

#include <QDateTime>
#include <QFrame>

class QLabel;
class QToolButton;
class QPushButton;

namespace trro {

// A non-modal strip above the content: what failed, the error code and message, the RequestId
// (selectable, with a "Copy RequestId" button, since users quote it to support), and whether
// the data on screen is the last good data. Retry and close buttons; never a dialog.
class ErrorBanner final : public QFrame {
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    // context: what was being done, e.g. "Loading the fleet statistics".
    void showError(const ApiError &error, const QString &context = QString());
    // The time of the data still on screen; invalid: nothing is shown from before.
    void setStaleSince(const QDateTime &lastGood);
    void dismiss();

    ApiError error() const { return m_error; }
    QString text() const; // the whole banner as plain text (for tests and copying)
    int repeatCount() const { return m_repeat; }

Q_SIGNALS:
    void retryRequested();
    void dismissed();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void copyRequestId();
    void updateTexts();

    ApiError m_error;
    QString m_context;
    QDateTime m_staleSince;
    int m_repeat = 1;
    QLabel *m_icon;
    QLabel *m_headline;
    QLabel *m_message;
    QLabel *m_requestId;
    QPushButton *m_copy;
    QPushButton *m_retry;
    QToolButton *m_close;
};

} // namespace trro
