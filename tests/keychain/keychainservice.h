#pragma once

// The local TRRO service for the keychain tests that sign in to it.

#include "keychaintestsupport.h"
#include "localservice.h"

#include <memory>

// The local service accepting only keys, listening; nullptr when it cannot listen.
inline std::unique_ptr<trro::sim::LocalService>
serviceAccepting(const QList<trro::Credentials> &keys) {
    trro::sim::ServiceOptions options;
    options.keys = keys;
    auto service = std::make_unique<trro::sim::LocalService>(options);
    if (!service->listen())
        return nullptr;
    return service;
}

// The test classes that save profiles for the local service and sign in to it: the key
// "AKID<tag>" with a secret of its own, which the service (started once) alone accepts.
class SignInTestCase : public ProfilesTestCase {
    Q_OBJECT
protected:
    explicit SignInTestCase(const char *tag)
        : m_key{QStringLiteral("AKID") + QLatin1String(tag), uniqueSecret(tag), {}, {}} {}

private Q_SLOTS:
    void initTestCase() {
        if (!keychainSessionAvailable())
            QSKIP(NoKeychainSession);
        QVERIFY(m_dir.isValid());
        m_service = serviceAccepting({m_key});
        QVERIFY(m_service);
    }

protected:
    const trro::Credentials m_key;
    std::unique_ptr<trro::sim::LocalService> m_service;
};
