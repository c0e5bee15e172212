#pragma once

#include "timerange.h"
#include "types.h"
#include "viewselection.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace trro {

// What a dashboard link points at: a project, an interval (granularity), an absolute time
// window and, optionally, a place on the drill-down path. Never a credential: the profile is
// only its name, and the link opens with the credentials the user already has.
//   trro-dashboard://open?project=ID&interval=day&from=2026-12-01T00:00:00Z&to=...
//     [&profile=NAME][&bucketFrom=T&bucketTo=T][&device=ID][&session=ID]
struct ViewLink {
    QString profile; // empty: whichever profile is in use
    QString projectId;
    Interval interval = Interval::Day;
    TimeWindow window;
    DrillPath path; // Fleet, Interval (bucket), Device or Session

    friend bool operator==(const ViewLink &, const ViewLink &) = default;
};

class ViewLinks final {
    Q_DECLARE_TR_FUNCTIONS(trro::ViewLinks)
public:
    static constexpr qsizetype MaxLinkLength = 4096;
    static QString scheme() { return QStringLiteral("trro-dashboard"); }

    // The link of what the selection shows: its window at now is written as absolute times.
    static ViewLink fromSelection(const ViewSelection &selection, const TimeWindow &window);
    // The selection the link opens, from the current one: the link's project, interval and a
    // custom window (the time lock is lifted), the link's path; the zone, auto-refresh and
    // the profile (unless the link names one) stay. ViewState::set() then restores the
    // devices picked last time when the project changes.
    static ViewSelection apply(const ViewLink &link, const ViewSelection &current);

    static QUrl toUrl(const ViewLink &link);
    // Validates everything (scheme, action, names, sizes, times, duplicates, unknown
    // parameters); false with a translated *error.
    static bool parse(const QString &text, ViewLink *link, QString *error);
    // Whether a command-line argument is meant as a link (it starts with the scheme).
    static bool looksLikeLink(const QString &argument);
};

} // namespace trro
