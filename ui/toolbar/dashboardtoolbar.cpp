#include "dashboardtoolbar.h"

#include "widgets/themeicon.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace trro {

namespace {

QComboBox *makeCombo(QWidget *parent, const QString &accessibleName, const QString &toolTip) {
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(toolTip);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

// The date edits show the wall time of the chosen zone: they hold it as UTC fields
// (QDateTimeEdit in Qt 6.4 knows only local time and UTC) and convert on the way in and out.
QDateTime wallTimeAsUtc(qint64 unixSeconds, const QTimeZone &zone) {
    const QDateTime inZone = QDateTime::fromSecsSinceEpoch(unixSeconds, zone);
    return QDateTime(inZone.date(), inZone.time(), QTimeZone::utc());
}

qint64 utcWallTimeToUnix(const QDateTime &wall, const QTimeZone &zone) {
    return QDateTime(wall.date(), wall.time(), zone).toSecsSinceEpoch();
}

} // namespace

DashboardToolbar::DashboardToolbar(QWidget *parent)
    : QToolBar(tr("Dashboard"), parent)
    , m_profile(makeCombo(this, tr("Profile"), tr("The account whose fleet is shown")))
    , m_project(makeCombo(this, tr("Project"), tr("The TRRO project")))
    , m_interval(makeCombo(this, tr("Interval"), tr("Length of one bar in the charts")))
    , m_range(makeCombo(this, tr("Time range"), tr("The period shown")))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_zone(makeCombo(this, tr("Time zone"), tr("Time zone of the axes, tables and exports")))
    , m_autoRefresh(makeCombo(this, tr("Auto-refresh"), tr("Refresh the data periodically")))
    , m_manageCredentials(new QAction(tr("Manage credentials…"), this))
    , m_refresh(new QAction(tr("Refresh"), this))
    , m_lock(new QAction(tr("Lock time"), this)) {
    setObjectName(QStringLiteral("dashboardToolbar"));
    setMovable(false);
    setFloatable(false);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIconSize(QSize(18, 18));

    fillChoices();
    addParts();
    connectParts();
    updateCustomVisibility();
    updateIcons();
}

void DashboardToolbar::fillChoices() {
    m_profile->setMinimumContentsLength(10);
    m_project->setMinimumContentsLength(30);
    m_project->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    for (Interval interval : {Interval::Hour, Interval::Day, Interval::Month})
        m_interval->addItem(TimeRange::intervalLabel(interval), int(interval));
    for (RangePreset preset : TimeRange::presets())
        m_range->addItem(TimeRange::presetLabel(preset), int(preset));
    for (ZoneChoice zone : {ZoneChoice::Local, ZoneChoice::Utc, ZoneChoice::Utc8})
        m_zone->addItem(TimeRange::zoneLabel(zone), int(zone));
    m_autoRefresh->addItem(tr("Auto-refresh off"), 0);
    m_autoRefresh->addItem(tr("Every 30 s"), 30);
    m_autoRefresh->addItem(tr("Every minute"), 60);
    m_autoRefresh->addItem(tr("Every 5 minutes"), 300);

    const QString format = QLocale().dateTimeFormat(QLocale::ShortFormat);
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setTimeSpec(Qt::UTC);
        edit->setDisplayFormat(format);
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));

    m_manageCredentials->setObjectName(QStringLiteral("manageCredentials"));
    m_manageCredentials->setToolTip(tr("Add, edit or remove credential profiles"));
    m_manageCredentials->setEnabled(false); // enabled by whoever connects it
    m_refresh->setObjectName(QStringLiteral("refresh"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(
        tr("Fetch the data again (%1)")
            .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    m_lock->setObjectName(QStringLiteral("lockTime"));
    m_lock->setCheckable(true);
    m_lock->setToolTip(tr("Freeze the time range: refreshes keep the same period"));
}

void DashboardToolbar::addParts() {
    addLabel(tr("Profile"), m_profile);
    addWidget(m_profile);
    addAction(m_manageCredentials);
    if (auto *button = qobject_cast<QToolButton *>(widgetForAction(m_manageCredentials)))
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    addSeparator();
    addLabel(tr("Project"), m_project);
    addWidget(m_project);
    addSeparator();
    addWidget(m_interval);
    addWidget(m_range);
    m_fromAction = addWidget(m_from);
    auto *dash = new QLabel(QStringLiteral("–"), this);
    dash->setContentsMargins(4, 0, 4, 0);
    m_dashAction = addWidget(dash);
    m_toAction = addWidget(m_to);
    addWidget(m_zone);
    addAction(m_lock);
    addSeparator();
    addAction(m_refresh);
    addWidget(m_autoRefresh);
}

void DashboardToolbar::connectParts() {
    connect(m_profile, &QComboBox::activated, this,
            [this](int index) { Q_EMIT profileActivated(m_profile->itemData(index).toString()); });
    const auto edited = [this] { Q_EMIT selectionChanged(selection()); };
    connect(m_project, &QComboBox::activated, this, edited);
    connect(m_interval, &QComboBox::activated, this, edited);
    connect(m_range, &QComboBox::activated, this, [this, edited] {
        if (RangePreset(m_range->currentData().toInt()) == RangePreset::Custom &&
            !customWindow().isValid())
            showCustomBounds(TimeRange::window(RangePreset::Last7Days,
                                               QDateTime::currentDateTimeUtc(), timeZone()));
        updateCustomVisibility();
        edited();
    });
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateTimeEdit::editingFinished, this, [this, edited] {
            if (m_updating || !customWindow().isValid())
                return;
            m_customBounds = customWindow();
            edited();
        });
    }
    // The custom bounds keep their instants; the edits show them in the new zone.
    connect(m_zone, &QComboBox::activated, this, edited);
    connect(m_zone, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        m_updating = true;
        showCustomBounds(m_customBounds);
        m_updating = false;
    });
    connect(m_autoRefresh, &QComboBox::activated, this, edited);
    connect(m_refresh, &QAction::triggered, this, &DashboardToolbar::refreshRequested);
    connect(m_lock, &QAction::toggled, this, &DashboardToolbar::onLockToggled);
}

QLabel *DashboardToolbar::addLabel(const QString &text, QWidget *buddy) {
    auto *label = new QLabel(text, this);
    label->setTextFormat(Qt::PlainText);
    label->setBuddy(buddy);
    label->setContentsMargins(6, 0, 6, 0);
    label->setForegroundRole(QPalette::PlaceholderText);
    addWidget(label);
    return label;
}

ViewSelection DashboardToolbar::selection() const {
    ViewSelection s = m_shown;
    s.profile = m_profile->currentData().toString();
    s.projectId = currentProjectId();
    s.interval = Interval(m_interval->currentData().toInt());
    s.preset = RangePreset(m_range->currentData().toInt());
    s.custom = customWindow();
    s.zone = ZoneChoice(m_zone->currentData().toInt());
    s.autoRefreshSeconds = m_autoRefresh->currentData().toInt();
    s.locked = isTimeLocked() ? m_frozen : TimeWindow();
    return s;
}

void DashboardToolbar::setSelection(const ViewSelection &selection) {
    m_updating = true;
    m_shown = selection;
    if (!selection.profile.isEmpty()) {
        const int profile = m_profile->findData(selection.profile);
        if (profile >= 0)
            m_profile->setCurrentIndex(profile);
    }
    setCurrentProjectId(selection.projectId);
    m_interval->setCurrentIndex(std::max(0, m_interval->findData(int(selection.interval))));
    m_range->setCurrentIndex(std::max(0, m_range->findData(int(selection.preset))));
    m_zone->setCurrentIndex(std::max(0, m_zone->findData(int(selection.zone))));
    const int refresh = m_autoRefresh->findData(selection.autoRefreshSeconds);
    m_autoRefresh->setCurrentIndex(std::max(0, refresh));
    showCustomBounds(selection.custom.isValid()
                         ? selection.custom
                         : TimeRange::window(RangePreset::Last7Days,
                                             QDateTime::currentDateTimeUtc(), timeZone()));
    updateCustomVisibility();
    m_frozen = selection.locked;
    m_lock->setChecked(selection.isTimeLocked());
    m_updating = false;
}

TimeWindow DashboardToolbar::window(const QDateTime &now) const {
    return selection().window(now);
}

QTimeZone DashboardToolbar::timeZone() const {
    return TimeRange::timeZone(ZoneChoice(m_zone->currentData().toInt()));
}

bool DashboardToolbar::isTimeLocked() const {
    return m_lock->isChecked();
}

void DashboardToolbar::onLockToggled(bool locked) {
    if (locked && !m_frozen.isValid())
        m_frozen = window(QDateTime::currentDateTimeUtc()); // the window as it stands now
    if (!locked)
        m_frozen = {};
    // While locked the range cannot move; the zone and interval still can.
    m_range->setEnabled(!locked);
    m_from->setEnabled(!locked);
    m_to->setEnabled(!locked);
    updateIcons();
    if (!m_updating)
        Q_EMIT selectionChanged(selection());
}

void DashboardToolbar::setProfiles(const QStringList &names, const QString &current) {
    m_profile->clear();
    for (const QString &name : names)
        m_profile->addItem(name, name);
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(current)));
    m_profile->setEnabled(!names.isEmpty());
}

void DashboardToolbar::setProjects(const QList<Project> &projects) {
    const QString current = currentProjectId();
    m_project->clear();
    for (const Project &project : projects) {
        const QString name =
            project.projectName.isEmpty() ? project.projectId : project.projectName;
        m_project->addItem(name, project.projectId);
        m_project->setItemData(m_project->count() - 1,
                               project.projectDescription.isEmpty()
                                   ? project.projectId
                                   : project.projectId % u'\n' % project.projectDescription,
                               Qt::ToolTipRole);
    }
    m_project->setEnabled(!projects.isEmpty());
    setCurrentProjectId(current);
}

void DashboardToolbar::setProjectsLoading(bool loading) {
    if (loading && m_project->count() == 0) {
        m_project->addItem(tr("Loading projects…"), QString());
        m_project->setEnabled(false);
    }
}

QString DashboardToolbar::currentProjectId() const {
    return m_project->currentData().toString();
}

QString DashboardToolbar::currentProjectName() const {
    return m_project->currentText();
}

void DashboardToolbar::setCurrentProjectId(const QString &projectId) {
    const int index = m_project->findData(projectId);
    if (index >= 0)
        m_project->setCurrentIndex(index);
}

void DashboardToolbar::changeEvent(QEvent *event) {
    if (event->type() == QEvent::PaletteChange)
        updateIcons();
    QToolBar::changeEvent(event);
}

void DashboardToolbar::updateCustomVisibility() {
    const bool custom = RangePreset(m_range->currentData().toInt()) == RangePreset::Custom;
    m_fromAction->setVisible(custom);
    m_dashAction->setVisible(custom);
    m_toAction->setVisible(custom);
}

void DashboardToolbar::updateIcons() {
    m_refresh->setIcon(themedIcon(QStringLiteral("refresh"), palette()));
    m_lock->setIcon(
        themedIcon(isTimeLocked() ? QStringLiteral("lock") : QStringLiteral("unlock"), palette()));
    m_manageCredentials->setIcon(themedIcon(QStringLiteral("key"), palette()));
}

void DashboardToolbar::showCustomBounds(const TimeWindow &window) {
    if (!window.isValid())
        return;
    m_customBounds = window;
    m_from->setDateTime(wallTimeAsUtc(window.from, timeZone()));
    m_to->setDateTime(wallTimeAsUtc(window.to, timeZone()));
}

TimeWindow DashboardToolbar::customWindow() const {
    return {utcWallTimeToUnix(m_from->dateTime(), timeZone()),
            utcWallTimeToUnix(m_to->dateTime(), timeZone())};
}

} // namespace trro
