// A Qt generic plugin that the benchmark loads into an unmodified trro-dashboard (or into its
// own empty-window baseline) with QT_PLUGIN_PATH and QT_QPA_GENERIC_PLUGINS=trrostartupprobe.
// Qt creates it while QGuiApplication is being constructed; it then watches every paint event
// of the application and reports, on stderr (see milestone.h):
//   app     the application object exists (libraries loaded, platform plugin up);
//   window  the first paint of a main window (a QMainWindow or a widget inside one);
//   chart   the first paint of a chart that holds data (a QChartView whose points are drawn);
//   shown   once that paint has been flushed (the next turn of the event loop), then quits.
// With TRRO_STARTUP_PROBE_UNTIL=window it reports "shown" and quits after the first window
// paint instead (the empty-window baseline).

#include "milestone.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QEvent>
#include <QGenericPlugin>
#include <QMainWindow>
#include <QXYSeries>

namespace {

using trro::bench::reportMilestone;

bool holdsData(const QChartView *view) {
    if (!view || !view->chart())
        return false;
    // The dashboard's charts draw their own lines and say how many points they drew.
    if (view->property("drawnPoints").toLongLong() > 0)
        return true;
    const QList<QAbstractSeries *> series = view->chart()->series();
    for (const QAbstractSeries *s : series) {
        if (const auto *xy = qobject_cast<const QXYSeries *>(s); xy && xy->count() > 0)
            return true;
    }
    return false;
}

// The chart a paint event is for: a QChartView paints through its viewport.
const QChartView *chartOf(QWidget *widget) {
    if (const auto *view = qobject_cast<const QChartView *>(widget))
        return view;
    const auto *view = qobject_cast<const QChartView *>(widget->parentWidget());
    return view && view->viewport() == widget ? view : nullptr;
}

class StartupProbe final : public QObject {
public:
    StartupProbe()
        : m_untilWindow(qgetenv("TRRO_STARTUP_PROBE_UNTIL") == "window") {
        reportMilestone("app");
        QCoreApplication::instance()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (m_done || event->type() != QEvent::Paint || !watched->isWidgetType())
            return false;
        auto *widget = static_cast<QWidget *>(watched);
        if (!m_windowSeen && qobject_cast<QMainWindow *>(widget->window())) {
            m_windowSeen = true;
            reportMilestone("window");
            if (m_untilWindow)
                finish();
        }
        if (!m_untilWindow && holdsData(chartOf(widget))) {
            reportMilestone("chart");
            finish();
        }
        return false;
    }

private:
    void finish() {
        m_done = true;
        QMetaObject::invokeMethod(
            this,
            [] {
                reportMilestone("shown");
                QCoreApplication::exit(0);
            },
            Qt::QueuedConnection);
    }

    bool m_untilWindow;
    bool m_windowSeen = false;
    bool m_done = false;
};

} // namespace

class StartupProbePlugin final : public QGenericPlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID QGenericPluginFactoryInterface_iid FILE "startupprobe.json")
public:
    QObject *create(const QString &key, const QString &specification) override {
        Q_UNUSED(specification);
        return key.compare(QLatin1String("trrostartupprobe"), Qt::CaseInsensitive) == 0
                   ? new StartupProbe
                   : nullptr;
    }
};

#include "startupprobe.moc"
