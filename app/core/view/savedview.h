#pragma once

#include "viewselection.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace trro {

class AppSettings;

// A named view: what the user looked at (project, interval, range preset or fixed window,
// zone, auto-refresh, picked devices, drill-down path), kept under a name and shared as a small
// JSON file. Never the profile or anything of the credentials: a team's standard views open
// with each member's own account.
struct SavedView {
    QString name;
    ViewSelection selection; // profile empty; a locked window is stored as a custom range

    friend bool operator==(const SavedView &, const SavedView &) = default;
};

class SavedViews final {
    Q_DECLARE_TR_FUNCTIONS(trro::SavedViews)
public:
    static constexpr qsizetype MaxViews = 100;
    static constexpr qsizetype MaxNameLength = 80;
    static constexpr qsizetype MaxFileBytes = 256 * 1024;

    static SavedView capture(const QString &name, const ViewSelection &selection);
    // The selection the view opens from the current one (the profile stays).
    static ViewSelection apply(const SavedView &view, const ViewSelection &current);
    // Adds the view, or replaces the one of the same name; false when the list is full.
    static bool put(QList<SavedView> *views, const SavedView &view);
    static bool isValidName(const QString &name);

    //   {"version": 1, "views": [{"name": "...", "project": "...", "interval": "day",
    //     "range": "last7d" | "custom", "from": T, "to": T, "zone": "utc", "autoRefresh": 60,
    //     "devices": [...], "bucketFrom": T, "bucketTo": T, "device": "...", "session": "..."}]}
    static QByteArray toJson(const QList<SavedView> &views);
    // Validates everything; false with a translated *error naming the view.
    static bool fromJson(const QByteArray &json, QList<SavedView> *views, QString *error);

    static QList<SavedView> load(const AppSettings &settings); // damaged: none
    static void save(AppSettings &settings, const QList<SavedView> &views);
    static bool exportFile(const QString &fileName, const QList<SavedView> &views, QString *error);
    static bool importFile(const QString &fileName, QList<SavedView> *views, QString *error);
};

} // namespace trro
