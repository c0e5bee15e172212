#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace trro {

class AppSettings;
class AsyncStatsCache;

// The statistics cache dialog's "Shared history store" row: the URL of the PostgreSQL store
// that trro-collector fills (the cache/sharedStore setting). Apply checks it, saves it and
// puts it behind the window's cache at once; an empty URL turns the store off. A URL that is
// not acceptable is said below the field and neither saved nor used. --store overrides the
// setting for one run only.
class SharedStoreBox final : public QWidget {
    Q_OBJECT
public:
    SharedStoreBox(AsyncStatsCache *cache, AppSettings *settings, QWidget *parent = nullptr);

    QLineEdit *urlEdit() const { return m_url; }
    QPushButton *applyButton() const { return m_apply; }
    QString problem() const; // the reason shown below the field; empty when none

Q_SIGNALS:
    void applied(); // saved and in use

private:
    void apply();

    AsyncStatsCache *m_cache;
    AppSettings *m_settings;
    QLineEdit *m_url;
    QPushButton *m_apply;
    QLabel *m_problem;
};

} // namespace trro
