#pragma once

#include <QStringList>
#include <QWidget>

class QHBoxLayout;

namespace trro {

// "Fleet › 2026-11-20 14:00 › EX-017 › session": every crumb but the last is a flat button
// that emits crumbActivated(level); the last one is the current place (bold, not clickable).
class BreadcrumbBar final : public QWidget {
    Q_OBJECT
public:
    explicit BreadcrumbBar(QWidget *parent = nullptr);

    void setCrumbs(const QStringList &crumbs);
    QStringList crumbs() const { return m_crumbs; }
    int level() const { return int(m_crumbs.size()) - 1; } // of the last crumb; -1 when empty
    // Keeps crumbs 0..level-1 and appends text at level.
    void setCrumb(int level, const QString &text);
    void truncate(int level); // keeps crumbs 0..level

Q_SIGNALS:
    void crumbActivated(int level);

private:
    void rebuild();

    QStringList m_crumbs;
    QHBoxLayout *m_layout;
};

} // namespace trro
