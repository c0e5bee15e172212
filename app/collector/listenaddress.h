#pragma once

#include <QHostAddress>
#include <QString>

namespace trro::collector {

// Where --metrics-listen serves: an IP address and a port (0: any free port, said at start).
struct ListenAddress {
    QHostAddress address;
    quint16 port = 0;

    // "127.0.0.1:9464", "[::1]:9464" (brackets around IPv6, as in a URL).
    QString toString() const;
    // "http://127.0.0.1:9464/metrics"
    QString metricsUrl() const;

    // "9464" (the loopback, 127.0.0.1), "ADDR:PORT" with an IPv4 address, "localhost:PORT",
    // or "[IPv6]:PORT". No host names (they would need a lookup), no ":PORT" (say 0.0.0.0 or
    // [::] to listen on every interface). False with a translated message.
    static bool parse(const QString &text, ListenAddress *out, QString *error);
};

} // namespace trro::collector
