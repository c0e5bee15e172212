#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace trro {

// A validated API endpoint. https anywhere; plain http only for loopback addresses.
class Endpoint final {
public:
    static constexpr auto DefaultUrl = "https://trro.tencentcloudapi.com";
    static constexpr auto InternationalUrl = "https://trro.intl.tencentcloudapi.com";

    Endpoint() = default;
    // Returns an invalid Endpoint and sets *error (translated) when the URL is not acceptable.
    static Endpoint parse(const QString &text, QString *error = nullptr);
    // --endpoint, else TRRO_ENDPOINT, else DefaultUrl.
    static QString resolve(const QString &commandLineValue);

    bool isValid() const { return m_url.isValid(); }
    QUrl url() const { return m_url; } // always with path "/"
    QByteArray hostHeader() const;     // host[:port], port only when not the default
    QString toString() const { return m_url.toString(); }

private:
    QUrl m_url;
};

} // namespace trro
