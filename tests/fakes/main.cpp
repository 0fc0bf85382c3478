// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers

// movietool-fakeapi: a fake MiniMax + Segmind API on loopback for tests and for trying the editor
// without paying. `movietool-fakeapi --port 8089` prints the variables to export.
#include "fakeapiserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <cstdio>

#include <unistd.h>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"movietool-fakeapi"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
            u"A fake MiniMax and Segmind generation API on 127.0.0.1. Misbehaves on request: "
            "POST /_fake/fault (see tests/fakes/faultplan.h); counts what it received: "
            "GET /_fake/stats."_s);
    parser.addHelpOption();
    const QCommandLineOption port(u"port"_s,
                                  u"Port to listen on (0: any free port)."_s,
                                  u"N"_s,
                                  u"0"_s);
    const QCommandLineOption minimaxKey(u"minimax-key"_s,
                                        u"The MiniMax key to accept."_s,
                                        u"KEY"_s,
                                        u"test-minimax-key"_s);
    const QCommandLineOption segmindKey(u"segmind-key"_s,
                                        u"The Segmind key to accept."_s,
                                        u"KEY"_s,
                                        u"test-segmind-key"_s);
    const QCommandLineOption steps(u"steps"_s,
                                   u"Status polls that report a task still running."_s,
                                   u"N"_s,
                                   u"2"_s);
    const QCommandLineOption ttl(u"download-ttl"_s,
                                 u"Seconds a MiniMax download link stays valid."_s,
                                 u"S"_s,
                                 u"3600"_s);
    const QCommandLineOption verbose(u"verbose"_s, u"Print each request on stderr."_s);
    const QCommandLineOption stdinEof(u"exit-on-stdin-eof"_s,
                                      u"Quit when standard input closes (the test that started "
                                      "it has ended, even by a crash)."_s);
    parser.addOptions({port, minimaxKey, segmindKey, steps, ttl, verbose, stdinEof});
    parser.process(app);

    mt::fake::FakeSettings settings;
    settings.minimaxKey = parser.value(minimaxKey);
    settings.segmindKey = parser.value(segmindKey);
    settings.steps = parser.value(steps).toInt();
    settings.downloadTtlSeconds = parser.value(ttl).toInt();
    mt::fake::FakeApiServer server(settings, parser.isSet(verbose));
    bool ok = false;
    const uint wanted = parser.value(port).toUInt(&ok);
    if (!ok || wanted > 65535 || !server.listen(quint16(wanted))) {
        std::fprintf(stderr,
                     "movietool-fakeapi: cannot listen on port %s: %s\n",
                     qPrintable(parser.value(port)),
                     qPrintable(server.errorString()));
        return 1;
    }
    // The first line is read by FakeApiProcess; keep its shape.
    std::printf("movietool-fakeapi listening on port %u\n", unsigned(server.port()));
    std::printf("export MOVIETOOL_MINIMAX_BASE_URL=%s\n", qPrintable(server.minimaxBaseUrl()));
    std::printf("export MOVIETOOL_SEGMIND_BASE_URL=%s\n", qPrintable(server.segmindBaseUrl()));
    std::printf("export MOVIETOOL_MINIMAX_API_KEY=%s\n", qPrintable(settings.minimaxKey));
    std::printf("export MOVIETOOL_SEGMIND_API_KEY=%s\n", qPrintable(settings.segmindKey));
    std::fflush(stdout);
    if (parser.isSet(stdinEof)) {
        auto *notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier] {
            char buffer[256];
            if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) {
                notifier->setEnabled(false);
                QCoreApplication::quit();
            }
        });
    }
    return app.exec();
}
