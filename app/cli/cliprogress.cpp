// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "cliprogress.h"

#include "cli.h"

#include "jobs/jobcontext.h"

#include <QElapsedTimer>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

std::atomic<JobContext *> s_running{nullptr};

extern "C" void cancelRunning(int)
{
    // Only an atomic store: safe in a signal handler.
    if (JobContext *context = s_running.load())
        context->cancel();
}

} // namespace

Result<QJsonObject> runOperation(const Cli &cli, const QString &title,
                                 const std::function<Result<QJsonObject>(JobContext &)> &work)
{
    const bool terminal = isatty(STDERR_FILENO);
    QElapsedTimer sinceDraw;
    sinceDraw.start();
    int lastTenth = -1;
    JobContext *self = nullptr;
    JobContext context(0, [&] {
        if (cli.quiet() || !self)
            return;
        const JobProgress progress = self->takeProgress();
        const int percent = int(progress.fraction * 100);
        if (terminal) {
            if (sinceDraw.elapsed() < 100 && percent < 100)
                return;
            sinceDraw.restart();
            const int filled = percent * 30 / 100;
            const QString bar = QString(filled, u'#') + QString(30 - filled, u' ');
            std::fprintf(stderr, "\r%s [%s] %3d%% %s\033[K", qPrintable(title), qPrintable(bar),
                         percent, qPrintable(progress.stage));
        } else if (percent / 10 != lastTenth) {
            lastTenth = percent / 10;
            std::fprintf(stderr, "%s: %d%% %s\n", qPrintable(title), percent,
                         qPrintable(progress.stage));
        }
        std::fflush(stderr);
    });
    self = &context;

    s_running.store(&context);
    auto previous = std::signal(SIGINT, cancelRunning);
    Result<QJsonObject> result = work(context);
    std::signal(SIGINT, previous);
    s_running.store(nullptr);

    if (terminal && !cli.quiet()) {
        std::fputs("\r\033[K", stderr);
        std::fflush(stderr);
    }
    return result;
}

} // namespace mt
