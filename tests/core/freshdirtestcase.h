#pragma once

// The test classes whose functions each start with an empty temporary directory of their own.

#include <QObject>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

class FreshDirTestCase : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

protected:
    std::unique_ptr<QTemporaryDir> m_dir;
};
