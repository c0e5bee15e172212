#include "listenaddress.h"

#include "textsafety.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace trro::collector {
namespace {

QString badAddress(const QString &text, const QString &why) {
    return QCoreApplication::translate("trro::collector::ListenAddress",
                                       "--metrics-listen expects PORT, ADDRESS:PORT or "
                                       "[IPv6]:PORT, not \"%1\": %2")
        .arg(stripControls(text).left(80), why);
}

bool readPort(const QString &digits, quint16 *port) {
    static const QRegularExpression form(QStringLiteral("^[0-9]{1,5}$"));
    if (!form.match(digits).hasMatch())
        return false;
    const int value = digits.toInt();
    if (value > 65535)
        return false;
    *port = quint16(value);
    return true;
}

} // namespace

QString ListenAddress::toString() const {
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(address.toString())
                             : address.toString();
    return host + u':' + QString::number(port);
}

QString ListenAddress::metricsUrl() const {
    return QStringLiteral("http://") + toString() + QStringLiteral("/metrics");
}

bool ListenAddress::parse(const QString &text, ListenAddress *out, QString *error) {
    const auto tr = [](const char *s) {
        return QCoreApplication::translate("trro::collector::ListenAddress", s);
    };
    if (text.size() > 100) {
        *error = badAddress(text, tr("too long"));
        return false;
    }
    QString host;
    QString port = text;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(QLatin1String("]:"));
        if (close < 0) {
            *error = badAddress(text, tr("an IPv6 address in brackets needs a port after \"]:\""));
            return false;
        }
        host = text.mid(1, close - 1);
        port = text.mid(close + 2);
    } else if (text.contains(u':')) {
        const qsizetype colon = text.lastIndexOf(u':');
        host = text.left(colon);
        port = text.mid(colon + 1);
        if (host.isEmpty() || host.contains(u':')) {
            *error =
                badAddress(text, host.isEmpty() ? tr("name the address (0.0.0.0 or [::] for every "
                                                     "interface)")
                                                : tr("put an IPv6 address in brackets"));
            return false;
        }
    }
    ListenAddress result;
    if (!readPort(port, &result.port)) {
        *error = badAddress(text, tr("the port is a number from 0 to 65535"));
        return false;
    }
    if (host.isEmpty() || host == QLatin1String("localhost")) {
        result.address = QHostAddress(QHostAddress::LocalHost);
    } else {
        const bool bracketed = text.startsWith(u'[');
        // QHostAddress also reads forms such as "1" or "010.1": only the plain ones here.
        static const QRegularExpression ipv4(
            QStringLiteral("^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|"
                           "1[0-9][0-9]|[1-9]?[0-9])){3}$"));
        if ((!bracketed && !ipv4.match(host).hasMatch()) || !result.address.setAddress(host) ||
            (bracketed && result.address.protocol() != QAbstractSocket::IPv6Protocol)) {
            *error = badAddress(text, tr("not an IP address"));
            return false;
        }
    }
    *out = result;
    return true;
}

} // namespace trro::collector
