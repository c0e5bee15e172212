#include "memoryprobe.h"

#include <QApplication>
#include <QFile>
#include <QWidget>
#include <atomic>
#include <malloc.h>
#include <unistd.h>

// Exported by QtCore (qhooks_p.h, not installed): the hook table for debuggers and tools.
extern quintptr Q_DECL_IMPORT qtHookData[];

namespace trro::test {

namespace {

// The layout of qtHookData (QHooks::HookIndex, stable since Qt 5.4; version 1 and later).
enum HookIndex : int {
    HookDataVersion = 0,
    HookDataSize = 1,
    AddQObject = 3,
    RemoveQObject = 4,
};
using ObjectHook = void (*)(QObject *);

std::atomic<qint64> g_liveObjects{0};
bool g_counting = false;
ObjectHook g_previousAdd = nullptr;
ObjectHook g_previousRemove = nullptr;

void objectAdded(QObject *object) {
    g_liveObjects.fetch_add(1, std::memory_order_relaxed);
    if (g_previousAdd)
        g_previousAdd(object);
}

void objectRemoved(QObject *object) {
    g_liveObjects.fetch_sub(1, std::memory_order_relaxed);
    if (g_previousRemove)
        g_previousRemove(object);
}

qint64 residentBytes() {
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : 0;
}

} // namespace

QString MemorySample::toString() const {
    return QStringLiteral("heap %1 KiB, RSS %2 KiB, QObjects %3 (window and API %4), widgets %5")
        .arg(heapBytes / 1024)
        .arg(residentBytes / 1024)
        .arg(liveObjects)
        .arg(treeObjects)
        .arg(widgets);
}

bool startObjectCounting() {
    if (g_counting)
        return true;
    if (qtHookData[HookDataVersion] < 1 || qtHookData[HookDataSize] <= RemoveQObject)
        return false;
    g_previousAdd = reinterpret_cast<ObjectHook>(qtHookData[AddQObject]);
    g_previousRemove = reinterpret_cast<ObjectHook>(qtHookData[RemoveQObject]);
    qtHookData[AddQObject] = reinterpret_cast<quintptr>(&objectAdded);
    qtHookData[RemoveQObject] = reinterpret_cast<quintptr>(&objectRemoved);
    g_counting = true;
    return true;
}

MemorySample sampleMemory(const QList<const QObject *> &roots) {
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    MemorySample sample;
    const struct mallinfo2 info = mallinfo2();
    // Small blocks in the arenas plus the large ones malloc maps on their own (images, big
    // buffers): together every byte handed out and not yet freed.
    sample.heapBytes = qint64(info.uordblks + info.hblkhd);
    sample.residentBytes = residentBytes();
    sample.liveObjects = g_counting ? g_liveObjects.load() : -1;
    for (const QObject *root : roots)
        sample.treeObjects += 1 + root->findChildren<QObject *>().size();
    sample.widgets = QApplication::allWidgets().size();
    return sample;
}

} // namespace trro::test
