#include "endpoint.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace trro {
namespace {

bool isLoopbackHost(const QString &host) {
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString tr(const char *text) {
    return QCoreApplication::translate("trro::Endpoint", text);
}

} // namespace

Endpoint Endpoint::parse(const QString &text, QString *error) {
    Endpoint endpoint;
    QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        if (error)
            *error = tr("\"%1\" is not a valid endpoint URL.").arg(text);
        return endpoint;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http")) {
        if (!isLoopbackHost(url.host())) {
            if (error)
                *error = tr("Plain http is only allowed for loopback addresses; use https for %1.")
                             .arg(url.host());
            return endpoint;
        }
    } else if (scheme != QLatin1String("https")) {
        if (error)
            *error = tr("The endpoint must use https (got \"%1\").").arg(url.scheme());
        return endpoint;
    }
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment() ||
        (url.path() != QLatin1String("/") && !url.path().isEmpty())) {
        if (error)
            *error =
                tr("The endpoint must be a bare URL such as %1.").arg(QLatin1String(DefaultUrl));
        return endpoint;
    }
    url.setScheme(scheme);
    url.setPath(QStringLiteral("/"));
    endpoint.m_url = url;
    return endpoint;
}

QString Endpoint::resolve(const QString &commandLineValue) {
    if (!commandLineValue.isEmpty())
        return commandLineValue;
    const QString env = qEnvironmentVariable("TRRO_ENDPOINT");
    if (!env.isEmpty())
        return env;
    return QLatin1String(DefaultUrl);
}

QByteArray Endpoint::hostHeader() const {
    QByteArray host = m_url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int defaultPort = m_url.scheme() == QLatin1String("https") ? 443 : 80;
    const int port = m_url.port(defaultPort);
    if (port != defaultPort)
        host += ':' + QByteArray::number(port);
    return host;
}

} // namespace trro
