#pragma once

#include <QList>
#include <QString>

class QObject;

namespace trro::test {

// What the process holds at one moment, for leak checks over many cycles.
struct MemorySample {
    qint64 heapBytes = 0;     // allocated and in use, every malloc arena (mallinfo2)
    qint64 residentBytes = 0; // resident set size (/proc/self/statm)
    qint64 liveObjects = -1;  // QObjects alive in the process (-1: counting unavailable)
    qint64 treeObjects = 0;   // QObjects in the trees of the roots passed to sampleMemory()
    qint64 widgets = 0;       // QApplication::allWidgets()

    QString toString() const;
};

// Counts QObject constructions and destructions through Qt's debugger hooks (qtHookData, the
// table GammaRay uses), chaining any hooks already installed. Returns false when the Qt in use
// offers no such table; MemorySample::liveObjects then stays -1. Call once, early.
bool startObjectCounting();

// Flushes deferred deletes first, so that objects on their way out are not counted.
MemorySample sampleMemory(const QList<const QObject *> &roots);

} // namespace trro::test
