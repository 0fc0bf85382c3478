// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "settingsdialog.h"

#include "providersettingspage.h"

#include "editorsession.h"
#include "presetbox.h"
#include "storage/library.h"
#include "storage/medialibrary.h"
#include "storage/settingsstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTabWidget>
#include <QToolButton>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

// Binary units, as SettingsStore states its limits (100 MiB, 4 GiB).
constexpr double BytesPerGB = 1024.0 * 1024.0 * 1024.0;

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    QFont small = label->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    label->setFont(small);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

} // namespace

SettingsDialog::SettingsDialog(EditorSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    Library &library = session.library();
    SettingsStore &settings = library.settings();

    // Library: where it is now, and how another one is chosen.
    auto *libraryBox = new QGroupBox(tr("Library"), this);
    auto *libraryForm = new QFormLayout(libraryBox);
    auto *current = new QLabel(QDir::toNativeSeparators(library.paths().root), libraryBox);
    current->setObjectName(u"libraryPath"_s);
    current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    current->setAccessibleName(tr("Library in use"));
    libraryForm->addRow(tr("In use:"), current);
    if (Result<MediaLibrary::Usage> usage = library.media().usage(); usage) {
        libraryForm->addRow(tr("Space used:"),
                            new QLabel(tr("%1 media · %2 in the trash · %3 of previews")
                                               .arg(sizeText(usage->mediaBytes),
                                                    sizeText(usage->trashBytes),
                                                    sizeText(usage->cacheBytes)),
                                       libraryBox));
    }
    m_libraryLocation = new QLineEdit(LibraryLocation.value(), libraryBox);
    m_libraryLocation->setObjectName(u"libraryLocation"_s);
    m_libraryLocation->setAccessibleName(tr("Library folder at the next start"));
    m_libraryLocation->setPlaceholderText(QDir::toNativeSeparators(LibraryPaths::defaultRoot()));
    m_libraryLocation->setClearButtonEnabled(true);
    auto *choose = new QToolButton(libraryBox);
    choose->setText(tr("Choose…"));
    choose->setAccessibleName(tr("Choose the library folder"));
    connect(choose, &QToolButton::clicked, this, &SettingsDialog::chooseLibrary);
    auto *locationRow = new QHBoxLayout;
    locationRow->addWidget(m_libraryLocation, 1);
    locationRow->addWidget(choose);
    libraryForm->addRow(tr("Next start:"), locationRow);
    libraryForm->addRow(QString(),
                        note(tr("Movie Tool opens this folder from its next start (an empty or "
                                "new folder becomes a new library). The environment variable "
                                "MOVIETOOL_LIBRARY, when set, wins over this setting."),
                             libraryBox));

    m_quota = new QDoubleSpinBox(libraryBox);
    m_quota->setObjectName(u"quota"_s);
    m_quota->setAccessibleName(tr("Storage quota in gibibytes"));
    m_quota->setDecimals(2);
    m_quota->setRange(0, 100000);
    m_quota->setSingleStep(1);
    m_quota->setSuffix(tr(" GiB"));
    m_quota->setSpecialValueText(tr("No quota"));
    m_quota->setValue(double(settings.quotaBytes()) / BytesPerGB);
    m_shownQuota = m_quota->value();
    m_quota->setMaximumWidth(180);
    libraryForm->addRow(tr("&Quota:"), m_quota);

    m_maxImport = new QDoubleSpinBox(libraryBox);
    m_maxImport->setObjectName(u"maxImport"_s);
    m_maxImport->setAccessibleName(tr("Largest file an import accepts, in gibibytes"));
    m_maxImport->setDecimals(2);
    m_maxImport->setRange(0.01, 2000);
    m_maxImport->setSuffix(tr(" GiB"));
    m_maxImport->setValue(double(settings.maxImportFileSize()) / BytesPerGB);
    m_shownMaxImport = m_maxImport->value();
    m_maxImport->setMaximumWidth(180);
    libraryForm->addRow(tr("&Largest import:"), m_maxImport);
    libraryForm->addRow(QString(),
                        note(tr("Imports that would go over the quota or the largest size are "
                                "refused with the reason. These two apply to everyone who uses "
                                "this library."),
                             libraryBox));
    m_limitsMessage = new QLabel(libraryBox);
    m_limitsMessage->setObjectName(u"limitsMessage"_s);
    m_limitsMessage->setWordWrap(true);
    m_limitsMessage->setStyleSheet(u"color: #b3261e;"_s);
    m_limitsMessage->hide();
    libraryForm->addRow(QString(), m_limitsMessage);

    // Export defaults.
    auto *exportBox = new QGroupBox(tr("Export"), this);
    auto *exportForm = new QFormLayout(exportBox);
    m_preset = new PresetBox(exportBox);
    m_preset->setObjectName(u"defaultPreset"_s);
    m_preset->setAccessibleName(tr("Default export preset of new projects"));
    m_preset->setPresetName(DefaultPreset.value());
    exportForm->addRow(tr("New projects &export as:"), m_preset);
    m_renderMode = new QComboBox(exportBox);
    m_renderMode->setObjectName(u"renderMode"_s);
    m_renderMode->setAccessibleName(tr("Render mode"));
    m_renderMode->addItem(tr("Automatic — the fastest exact way"), u"auto"_s);
    m_renderMode->addItem(tr("Copy — whole clips only"), u"copy"_s);
    m_renderMode->addItem(tr("Smart — re-encode only around cuts"), u"smart"_s);
    m_renderMode->addItem(tr("Full — re-encode everything"), u"full"_s);
    m_renderMode->setCurrentIndex(qMax(0, m_renderMode->findData(RenderMode.value())));
    exportForm->addRow(tr("&Render mode:"), m_renderMode);

    // Language.
    auto *languageBox = new QGroupBox(tr("Language"), this);
    auto *languageForm = new QFormLayout(languageBox);
    m_language = new QComboBox(languageBox);
    m_language->setObjectName(u"language"_s);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    m_language->setCurrentIndex(qMax(0, m_language->findData(Language.value())));
    languageForm->addRow(tr("&Language:"), m_language);
    languageForm->addRow(QString(), note(tr("Used from the next start."), languageBox));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    // General settings on one page, the generation providers (keys, prices, budget) on another.
    auto *general = new QWidget(this);
    auto *generalLayout = new QVBoxLayout(general);
    generalLayout->setContentsMargins(12, 12, 12, 12);
    generalLayout->setSpacing(12);
    generalLayout->addWidget(libraryBox);
    generalLayout->addWidget(exportBox);
    generalLayout->addWidget(languageBox);
    generalLayout->addStretch(1);
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(u"settingsPages"_s);
    m_pages->addTab(general, tr("General"));
    m_providers = new ProviderSettingsPage(session, m_pages);
    m_pages->addTab(m_providers, tr("Providers"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 18, 18, 14);
    layout->setSpacing(12);
    layout->addWidget(m_pages);
    layout->addWidget(buttons);
    resize(680, sizeHint().height());
}

void SettingsDialog::chooseLibrary()
{
    const QString start = m_libraryLocation->text().isEmpty() ? m_session.library().paths().root
                                                              : m_libraryLocation->text();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Library folder"), start);
    if (!folder.isEmpty())
        m_libraryLocation->setText(QDir::toNativeSeparators(folder));
}

void SettingsDialog::accept()
{
    if (!m_providers->apply()) {
        m_pages->setCurrentWidget(m_providers);
        return;
    }
    SettingsStore &settings = m_session.library().settings();
    const qint64 quota = qRound64(m_quota->value() * BytesPerGB);
    const qint64 maxImport = qRound64(m_maxImport->value() * BytesPerGB);
    QStringList problems;
    // Only what was changed: the boxes round what the store holds.
    if (m_quota->value() != m_shownQuota) {
        if (const Status set = settings.setQuotaBytes(quota); !set)
            problems.append(set.error().message);
    }
    if (m_maxImport->value() != m_shownMaxImport) {
        if (const Status set = settings.setMaxImportFileSize(maxImport); !set)
            problems.append(set.error().message);
    }
    if (!problems.isEmpty()) {
        m_limitsMessage->setText(problems.join(u'\n'));
        m_limitsMessage->show();
        return;
    }
    LibraryLocation.setValue(QDir::fromNativeSeparators(m_libraryLocation->text().trimmed()));
    Language.setValue(m_language->currentData().toString());
    DefaultPreset.setValue(m_preset->presetName());
    RenderMode.setValue(m_renderMode->currentData().toString());
    QDialog::accept();
}

} // namespace mt
