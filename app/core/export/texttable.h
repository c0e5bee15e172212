#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace trro {

// A plain-text table for terminals: columns padded to the widest cell, measured in terminal
// columns (East Asian wide characters take two, combining marks none) so that Chinese text lines
// up with Latin text. Control characters in cells are neutralised so that data can neither break
// the layout nor send escape sequences to the terminal.
class TextTable final {
public:
    enum class Align { Left, Right };

    void setHeader(const QStringList &titles, const QList<Align> &alignment = {});
    void addRow(const QStringList &cells);
    int columnCount() const { return int(m_titles.size()); }
    int rowCount() const { return int(m_rows.size()); }

    // Header, a rule of dashes, then the rows; columns separated by two spaces; no trailing
    // blanks; every line ends with '\n'. Empty string when there is no header.
    QString toString() const;

    // Terminal columns the text occupies (after sanitising).
    static int displayWidth(const QString &text);
    // Tabs and line breaks become spaces; other control characters become U+FFFD.
    static QString sanitized(const QString &text);

private:
    QStringList m_titles;
    QList<Align> m_alignment;
    QList<QStringList> m_rows;
};

} // namespace trro
