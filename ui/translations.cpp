// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace mt::Translations {

QStringList available()
{
    QStringList languages{u"en"_s}; // the language of the sources
    const QStringList compiled = QDir(u":/i18n"_s).entryList({u"movietool_*.qm"_s}, QDir::Files);
    for (const QString &file : compiled)
        languages.append(file.mid(10, file.size() - 13)); // movietool_<lang>.qm
    return languages;
}

QLocale install(const QString &choice)
{
    const QLocale locale = choice.isEmpty() ? QLocale::system() : QLocale(choice);
    QLocale::setDefault(locale);
    auto *own = new QTranslator(qApp);
    if (own->load(locale, u"movietool"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
    else
        delete own; // English, or a language we have no translation for
    auto *qt = new QTranslator(qApp);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return locale;
}

} // namespace mt::Translations
