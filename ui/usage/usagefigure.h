#pragma once

#include <QFrame>

class QLabel;

namespace trro {

// One figure of the Usage page: a caption, the value in large type and a note under it (the
// forecast's band, the month). Stale figures are greyed and say so in their accessible text.
class UsageFigure final : public QFrame {
    Q_OBJECT
public:
    explicit UsageFigure(const QString &caption, QWidget *parent = nullptr);

    void setCaption(const QString &caption);
    void setValue(const QString &value, const QString &note = QString());
    void clear(); // an em dash
    void setStale(bool stale);

    QString caption() const;
    QString value() const;
    QString note() const;

private:
    void updateAccessibility();

    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_note;
    bool m_stale = false;
};

} // namespace trro
