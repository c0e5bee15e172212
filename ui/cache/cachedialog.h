#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QSpinBox;

namespace trro {

class AppSettings;
class AsyncStatsCache;
class SharedStoreBox;
struct CacheInfo;

// File › Statistics cache…: where the cache shared with trro-stats lives, how much it holds
// against its size limit, the limit itself (for every program using the file), and "Clear
// cache". Works on the window's own cache, after what it still means to write, and never waits
// for the file: the figures arrive from the cache's thread (refreshed()). With settings, also
// the shared history store's URL (SharedStoreBox).
class CacheDialog final : public QDialog {
    Q_OBJECT
public:
    explicit CacheDialog(AsyncStatsCache *cache, QWidget *parent = nullptr,
                         AppSettings *settings = nullptr);

    QSpinBox *limitBox() const { return m_limit; }
    QPushButton *clearButton() const { return m_clear; }
    QPushButton *applyButton() const { return m_apply; }
    SharedStoreBox *sharedStoreBox() const { return m_store; } // nullptr without settings
    QString summary() const; // the figures shown, one per line (tests, accessibility)

Q_SIGNALS:
    void cleared();
    void refreshed(); // the figures shown are the cache's current ones

private:
    void refresh();
    void showInfo(const CacheInfo &info);
    void applyLimit();
    void clearCache();
    void clearConfirmed();
    void showWarning(const QString &text);

    AsyncStatsCache *m_cache;
    qint64 m_limitBytes = 0;
    QLabel *m_path;
    QLabel *m_state;
    QLabel *m_size;
    QLabel *m_contents;
    QLabel *m_fetched;
    QSpinBox *m_limit;
    QPushButton *m_apply;
    QPushButton *m_clear;
    SharedStoreBox *m_store = nullptr;
};

} // namespace trro
