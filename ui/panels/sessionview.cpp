#include "sessionview.h"

#include "backgrounddiagnosis.h"
#include "charts/sessionchartsview.h"
#include "charts/timerangecontroller.h"
#include "livetail.h"
#include "modelformat.h"
#include "sessioncsvexport.h"
#include "sessionfindingsmodel.h"
#include "sessionlistmodel.h"
#include "textsafety.h"
#include "toneproxymodel.h"
#include "trroapi.h"

#include <QEvent>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QProgressBar>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace trro {

namespace {

// A few pixels between the findings. Not QListView::setSpacing(): with it the items are
// painted narrower than their height was measured for, and a wrapped sentence whose last
// line then no longer fits is cut short ("…"), most often in Chinese.
class FindingDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(0, 6);
    }
};

} // namespace

SessionView::SessionView(TrroApi *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_findings(new SessionFindingsModel(this))
    , m_tone(new ToneProxyModel(this))
    , m_background(new BackgroundDiagnosis(this)) {
    connect(m_background, &BackgroundDiagnosis::ready, this,
            [this](const SessionDiagnosis &diagnosis) {
                m_diagnosis = diagnosis;
                m_findings->setFindings(m_diagnosis.findings);
                updateHeader();
                Q_EMIT diagnosed();
            });
    m_tone->setSourceModel(m_findings);
    m_tone->setSwatchColumns({0});
    buildUi();
    updateHeader();
}

SessionView::~SessionView() {
    delete m_request;
}

void SessionView::buildUi() {
    setAccessibleName(tr("Session view"));

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_details = new QLabel(this);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setForegroundRole(QPalette::PlaceholderText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(4);
    m_busy->setAccessibleName(tr("Loading the session"));
    m_busy->hide();

    auto *diagnosisTitle = new QLabel(tr("Diagnosis"), this);
    QFont sectionFont = diagnosisTitle->font();
    sectionFont.setBold(true);
    diagnosisTitle->setFont(sectionFont);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_findingsView = new QListView(this);
    m_findingsView->setModel(m_tone);
    m_findingsView->setWordWrap(true);
    m_findingsView->setUniformItemSizes(false);
    m_findingsView->setResizeMode(QListView::Adjust); // wrapped sentences follow the width
    m_findingsView->setItemDelegate(new FindingDelegate(m_findingsView));
    m_findingsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findingsView->setAccessibleName(tr("Findings of the diagnosis"));
    m_findingsView->setToolTip(tr("Double-click or press Enter to show the moment on the charts"));

    auto *findingsPane = new QWidget(this);
    auto *findingsLayout = new QVBoxLayout(findingsPane);
    findingsLayout->setContentsMargins(0, 0, 6, 0);
    findingsLayout->setSpacing(6);
    findingsLayout->addWidget(diagnosisTitle);
    findingsLayout->addWidget(m_summary);
    findingsLayout->addWidget(m_findingsView, 1);

    m_charts = new SessionChartsView(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(findingsPane);
    splitter->addWidget(m_charts);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({330, 900});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_busy);
    layout->addWidget(splitter, 1);
    setFocusProxy(m_findingsView);

    connect(m_findingsView, &QListView::activated, this,
            [this](const QModelIndex &index) { showFinding(index.row()); });
}

void SessionView::openLive(const DeviceSession &session, const QTimeZone &zone, qint64 refreshSec) {
    delete m_request;
    m_background->cancel();
    m_session = session;
    m_zone = zone;
    m_sides.clear();
    m_diagnosis = {};
    m_findings->setFindings({});
    m_charts->setSession({}, zone);
    setStale(false);
    if (!m_tail && m_api) {
        m_tail = new LiveTail(m_api, m_clock, this);
        connect(m_tail, &LiveTail::appended, this, [this] {
            setStale(false);
            showLiveTelemetry(m_tail->sides());
        });
        connect(m_tail, &LiveTail::ended, this, &SessionView::updateHeader);
        connect(m_tail, &LiveTail::failed, this, [this](const ApiError &error) {
            setStale(!m_sides.isEmpty());
            if (error.kind != ApiError::Kind::Cancelled)
                Q_EMIT errorOccurred(error);
        });
    }
    if (m_tail)
        m_tail->start(session.sessionId, refreshSec);
    updateHeader();
}

void SessionView::liveSessionEnded(const QString &sessionId) {
    if (m_tail && m_tail->isRunning() && m_tail->sessionId() == sessionId)
        m_tail->sessionEnded();
}

bool SessionView::isLive() const {
    return m_tail && m_tail->isRunning() && m_tail->sessionId() == m_session.sessionId;
}

bool SessionView::hasLiveEnded() const {
    return m_tail && m_tail->isEnded() && m_tail->sessionId() == m_session.sessionId;
}

void SessionView::open(const DeviceSession &session, const QTimeZone &zone) {
    if (m_tail)
        m_tail->stop();
    m_background->cancel();
    const bool same = session.sessionId == m_session.sessionId;
    m_session = session;
    m_zone = zone;
    if (!same) {
        // Another session's samples are not "the last good data" of this one.
        m_sides.clear();
        m_diagnosis = {};
        m_findings->setFindings({});
        m_charts->setSession({}, zone);
        setStale(false);
    }
    updateHeader();
    fetch();
}

void SessionView::reload() {
    if (!m_session.sessionId.isEmpty())
        fetch();
}

void SessionView::cancel() {
    if (m_tail)
        m_tail->stop();
    const bool wasLoading = isLoading();
    delete m_request;
    m_busy->hide();
    if (wasLoading)
        Q_EMIT loadingChanged(false);
}

void SessionView::setThresholds(const DiagnosisThresholds &thresholds) {
    m_thresholds = thresholds;
    m_charts->setThresholds(thresholds);
    if (!m_sides.isEmpty())
        showTelemetry(m_sides);
}

void SessionView::setDeviceNames(const QHash<QString, QString> &namesById) {
    m_names = namesById;
    updateHeader();
}

void SessionView::fetch() {
    const bool wasLoading = isLoading();
    delete m_request; // a newer fetch replaces the running one
    if (!m_api)
        return;
    QObject *request = new QObject(this);
    m_request = request;
    m_busy->show();
    updateHeader();
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
    m_api->sessionTelemetry(
        m_session.sessionId, 0, 0, request,
        [this, request](const Result<QList<SideTelemetry>> &result) {
            if (request != m_request)
                return;
            m_request = nullptr;
            request->deleteLater();
            m_busy->hide();
            if (result.ok()) {
                showTelemetry(result.value());
                setStale(false);
            } else if (result.error().kind != ApiError::Kind::Cancelled) {
                setStale(!m_sides.isEmpty());
                Q_EMIT errorOccurred(result.error());
            }
            Q_EMIT loadingChanged(false);
        },
        Priority::Interactive);
}

void SessionView::showTelemetry(const QList<SideTelemetry> &sides) {
    m_background->cancel();
    m_sides = sides;
    m_diagnosis = diagnoseSession(sides, m_thresholds);
    m_findings->setFindings(m_diagnosis.findings);
    m_charts->setSession(sides, m_zone);
    updateHeader();
    Q_EMIT loaded();
    Q_EMIT diagnosed();
}

void SessionView::showLiveTelemetry(const QList<SideTelemetry> &sides) {
    m_sides = sides;
    m_charts->setSession(sides, m_zone, true);
    m_background->request(sides, m_thresholds);
    updateHeader();
    Q_EMIT loaded();
}

bool SessionView::isDiagnosing() const {
    return m_background->isBusy();
}

void SessionView::showFinding(int row) {
    if (row < 0 || row >= m_findings->rowCount())
        return;
    const DiagnosisFinding finding = m_findings->finding(row);
    if (finding.to <= 0 && finding.from <= 0)
        return;
    m_charts->showMoment(finding.from, finding.to);
}

bool SessionView::writeCsv(const QString &path, QString *error) const {
    const TimeRangeController *range = m_charts->timeRange();
    return SessionCsvExport(m_sides, range->visibleFrom(), range->visibleTo(), m_zone)
        .writeFile(path, error);
}

QString SessionView::deviceLabel(const QString &deviceId) const {
    const QString name = m_names.value(deviceId);
    return name.isEmpty() || name == deviceId ? deviceId : name % u" (" % deviceId % u')';
}

QString SessionView::sideLine(const SideTelemetry &side) const {
    // Resolutions are names, not amounts: 1920×1080, without group separators.
    const auto resolution = [](qint64 width, qint64 height) -> QString {
        return QString::number(width) % u'×' % QString::number(height);
    };
    QStringList parts{SessionChartBuilder::sideName(side.deviceType) % u' ' %
                      deviceLabel(side.deviceId)};
    if (!side.ver.isEmpty())
        parts << tr("SDK %1").arg(side.ver);
    if (!side.sdkMode.isEmpty())
        parts << tr("mode %1").arg(side.sdkMode);
    if (side.width > 0 && side.height > 0) {
        const QString shown = resolution(side.width, side.height);
        const bool configured = side.configWidth > 0 && side.configHeight > 0;
        const bool below =
            configured && side.width * side.height < side.configWidth * side.configHeight;
        if (!configured)
            parts << tr("resolution %1").arg(shown);
        else if (below)
            parts << tr("resolution %1, below the configured %2")
                         .arg(shown, resolution(side.configWidth, side.configHeight));
        else
            parts << tr("resolution %1 as configured").arg(shown);
    }
    parts << (side.multiMode == 1 ? tr("multi-network") : tr("single network"));
    return parts.join(u" \u00B7 "_s);
}

// The arrays the service sent that did not match their side's TimeOffset (kept where they
// align, or left out): said once, so the charts are not taken for the whole answer.
QString SessionView::anomalyLine() const {
    constexpr int Named = 3;
    QStringList named;
    int count = 0;
    for (const SideTelemetry &side : m_sides) {
        for (const TelemetryAnomaly &anomaly : side.anomalies) {
            if (++count <= Named)
                named << SessionChartBuilder::sideName(side.deviceType) % u' ' %
                             stripControls(anomaly.field);
        }
    }
    if (count == 0)
        return {};
    if (count > Named)
        named << u"…"_s;
    return tr("%n array(s) of the answer did not match the sample times (%1): only the samples "
              "that line up are shown.",
              nullptr, count)
        .arg(named.join(u", "_s));
}

void SessionView::updateHeader() {
    if (m_session.sessionId.isEmpty()) {
        m_title->setText(tr("No session open"));
        m_details->setText(tr("Double-click a session in the device view."));
        m_summary->clear();
        return;
    }
    m_title->setText(tr("Session %1").arg(m_session.sessionId));
    const qint64 start = m_session.startTime;
    const qint64 duration = std::max<qint64>(0, m_session.endTime - m_session.startTime);
    QStringList first{
        tr("%1 with %2")
            .arg(deviceLabel(m_session.fieldDeviceId), deviceLabel(m_session.remoteDeviceId)),
        tr("started %1").arg(formatUnixTime(start, m_zone))};
    if (isLive() || hasLiveEnded()) {
        const qint64 last = m_tail->lastSample();
        if (isLive())
            first << tr("live: samples up to %1, asked for every few seconds")
                         .arg(last > 0 ? formatUnixTime(last, m_zone) : tr("none yet"));
        else
            first << tr("ended: its last sample is at %1; nothing more is asked for")
                         .arg(formatUnixTime(last, m_zone));
        if (last > start)
            first << tr("ran for %1").arg(formatDurationSeconds(last - start));
    } else {
        first << tr("lasted %1").arg(formatDurationSeconds(duration))
              << tr("quality %1").arg(SessionListModel::qualityText(m_session.quality));
    }
    if (m_stale)
        first << tr("not up to date (last update failed)");
    QStringList lines{first.join(u" \u00B7 "_s)};
    for (const SideTelemetry &side : std::as_const(m_sides))
        lines << sideLine(side);
    if (const QString anomalies = anomalyLine(); !anomalies.isEmpty())
        lines << anomalies;
    m_details->setText(lines.join(u'\n'));
    if (isLoading() && m_sides.isEmpty())
        m_summary->setText(tr("Loading the session's samples…"));
    else if (m_sides.isEmpty())
        m_summary->setText(tr("The service sent no samples for this session."));
    else if (m_diagnosis.findings.isEmpty())
        m_summary->setText(tr("Nothing stands out: every metric stayed within its threshold."));
    else
        m_summary->setText(tr("%n finding(s), the worst first. Activate one to see its moment.",
                              nullptr, int(m_diagnosis.findings.size())));
}

QString SessionView::headerText() const {
    return m_title->text() % u'\n' % m_details->text();
}

void SessionView::setStale(bool stale) {
    m_stale = stale;
    m_tone->setStale(stale);
    m_charts->setStale(stale);
    updateHeader();
}

void SessionView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::PaletteChange)
        m_tone->followPalette();
    QWidget::changeEvent(event);
}

} // namespace trro
