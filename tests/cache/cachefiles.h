#pragma once

// What the cache test classes share: the standard paths in test mode and a temporary directory
// with a cache file of its own for every nextPath().

#include <QObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class CacheFilesTestCase : public QObject {
    Q_OBJECT
protected:
    // pattern: the file's path in the directory, %1 counting the files from 1.
    explicit CacheFilesTestCase(const char *pattern = "c%1.sqlite")
        : m_pattern(QLatin1String(pattern)) {}

    QString nextPath() { return m_dir.filePath(m_pattern.arg(++m_files)); }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

private:
    const QString m_pattern;
    int m_files = 0;
};
