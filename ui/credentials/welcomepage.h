#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace trro {

// What the dashboard shows on the first start, before any profile exists: what the tool is,
// where the keys go, and three ways forward (add a profile, import one from tccli, open the
// demo on the built-in local service).
class WelcomePage final : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    // "Import from tccli…" is only offered when tccli profiles were found.
    void setTccliAvailable(bool available);

    QPushButton *addButton() const { return m_add; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *demoButton() const { return m_demo; }

Q_SIGNALS:
    void addProfileRequested();
    void importRequested();
    void demoRequested();

private:
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_add;
    QPushButton *m_import;
    QPushButton *m_demo;
};

} // namespace trro
