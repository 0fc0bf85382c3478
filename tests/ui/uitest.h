// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "editorsession.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

// What the widget tests share: QSettings kept in a temporary folder (never the person's own),
// a session over a library in a QTemporaryDir, screenshots into <build>/screenshots, and a way
// to answer the modal dialog a click opens.
namespace mt::test {

#define MT_VERIFY_OK(result) \
    do { \
        if (!(result).ok()) \
            QFAIL(qPrintable((result).error().message)); \
    } while (false)

// Call from initTestCase(): QSettings go to `folder`, in INI files.
inline void isolateSettings(const QString &folder)
{
    QCoreApplication::setOrganizationName(QStringLiteral("movietool-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("movietool"));
    QApplication::setApplicationDisplayName(QStringLiteral("Movie Tool"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder);
}

inline std::unique_ptr<EditorSession> openSession(const QString &root)
{
    auto session = EditorSession::open(root);
    if (!session) {
        qWarning("%s", qPrintable(session.error().message));
        return nullptr;
    }
    return std::move(session).value();
}

// <build>/screenshots/<name>.png; the tests run from <build>/tests/ui.
inline QString screenshot(QWidget *widget, const QString &name)
{
    QDir folder(QCoreApplication::applicationDirPath() + QStringLiteral("/../../screenshots"));
    folder.mkpath(QStringLiteral("."));
    const QString path = folder.absoluteFilePath(name + QStringLiteral(".png"));
    QCoreApplication::processEvents();
    if (!widget->grab().save(path))
        qWarning("cannot save %s", qPrintable(path));
    return path;
}

// Runs `answer` on the next modal dialog of type T once it is shown (a click that opens one
// blocks in exec() until it closes). Fails the wait after timeoutMs.
template<typename T>
void whenModal(std::function<void(T *)> answer, int timeoutMs = 5000)
{
    auto *timer = new QTimer;
    auto *waited = new int(0);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, waited, answer, timeoutMs] {
        *waited += 20;
        T *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog && *waited < timeoutMs)
            return;
        timer->stop();
        timer->deleteLater();
        delete waited;
        if (dialog)
            answer(dialog);
        else
            qWarning("no modal dialog appeared");
    });
    timer->start();
}

} // namespace mt::test
