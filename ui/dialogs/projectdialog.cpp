// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "projectdialog.h"

#include "presetbox.h"
#include "storage/projectstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

struct SizeChoice
{
    const char *label;
    int width;
    int height;
};

// The shapes AI video tools and the platforms they feed use most.
constexpr SizeChoice sizeChoices[] = {
        {QT_TRANSLATE_NOOP("mt::ProjectDialog", "HD 720p landscape"), 1280, 720},
        {QT_TRANSLATE_NOOP("mt::ProjectDialog", "Full HD 1080p landscape"), 1920, 1080},
        {QT_TRANSLATE_NOOP("mt::ProjectDialog", "4K UHD landscape"), 3840, 2160},
        {QT_TRANSLATE_NOOP("mt::ProjectDialog", "Vertical 720 × 1280 (stories, shorts)"), 720, 1280},
        {QT_TRANSLATE_NOOP("mt::ProjectDialog", "Vertical 1080 × 1920"), 1080, 1920},
        {QT_TRANSLATE_NOOP("mt::ProjectDialog", "Square 1080 × 1080"), 1080, 1080},
};

struct RateChoice
{
    const char *label;
    Rational rate;
};

constexpr RateChoice rateChoices[] = {
        {"23.976", {24000, 1001}},
        {"24", {24, 1}},
        {"25", {25, 1}},
        {"29.97", {30000, 1001}},
        {"30", {30, 1}},
        {"50", {50, 1}},
        {"59.94", {60000, 1001}},
        {"60", {60, 1}},
};

} // namespace

ProjectDialog::ProjectDialog(Mode mode,
                             ProjectStore &store,
                             const Project &project,
                             const QString &defaultExportFolder,
                             QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_store(store)
    , m_project(project)
{
    switch (mode) {
    case Mode::Create:
        setWindowTitle(tr("New project"));
        break;
    case Mode::Rename:
        setWindowTitle(tr("Rename project"));
        break;
    case Mode::Settings:
        setWindowTitle(tr("Project settings — %1").arg(project.name));
        break;
    }
    setObjectName(u"projectDialog"_s);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_name = new QLineEdit(project.name, this);
    m_name->setObjectName(u"name"_s);
    m_name->setAccessibleName(tr("Project name"));
    m_name->setMaxLength(ProjectStore::MaxNameLength + 20); // the store says what is too long
    m_name->setPlaceholderText(tr("My first film"));
    m_name->setMinimumWidth(320);
    form->addRow(tr("&Name:"), m_name);

    if (mode != Mode::Rename) {
        m_sizePreset = new QComboBox(this);
        m_sizePreset->setObjectName(u"sizePreset"_s);
        m_sizePreset->setAccessibleName(tr("Frame size preset"));
        for (const SizeChoice &choice : sizeChoices)
            m_sizePreset->addItem(tr(choice.label), QSize(choice.width, choice.height));
        m_sizePreset->addItem(tr("Custom"));
        m_sizePreset->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        form->addRow(tr("&Frame size:"), m_sizePreset);

        m_width = new QSpinBox(this);
        m_height = new QSpinBox(this);
        for (QSpinBox *box : {m_width, m_height}) {
            // Wider than the store allows, so that the store's message explains the limit.
            box->setRange(1, ProjectStore::MaxFrameSize * 2);
            box->setSuffix(tr(" px"));
        }
        m_width->setObjectName(u"width"_s);
        m_width->setAccessibleName(tr("Width in pixels"));
        m_height->setObjectName(u"height"_s);
        m_height->setAccessibleName(tr("Height in pixels"));
        m_width->setValue(project.width);
        m_height->setValue(project.height);
        auto *sizeRow = new QHBoxLayout;
        sizeRow->addWidget(m_width, 1);
        sizeRow->addWidget(new QLabel(u"×"_s, this));
        sizeRow->addWidget(m_height, 1);
        form->addRow(QString(), sizeRow);

        m_frameRate = new QComboBox(this);
        m_frameRate->setObjectName(u"frameRate"_s);
        m_frameRate->setAccessibleName(tr("Frame rate"));
        for (const RateChoice &choice : rateChoices) {
            m_frameRate->addItem(tr("%1 fps").arg(QString::fromLatin1(choice.label)),
                                 choice.rate.toString());
        }
        int rateIndex = m_frameRate->findData(project.frameRate.toString());
        if (rateIndex < 0) {
            m_frameRate->addItem(tr("%1 fps").arg(project.frameRate.toString()),
                                 project.frameRate.toString());
            rateIndex = m_frameRate->count() - 1;
        }
        m_frameRate->setCurrentIndex(rateIndex);
        form->addRow(tr("F&rame rate:"), m_frameRate);

        auto syncPreset = [this] {
            const QSize size(m_width->value(), m_height->value());
            const int index = m_sizePreset->findData(size);
            const QSignalBlocker blocker(m_sizePreset);
            m_sizePreset->setCurrentIndex(index >= 0 ? index : m_sizePreset->count() - 1);
        };
        syncPreset();
        connect(m_sizePreset, &QComboBox::activated, this, &ProjectDialog::applySizePreset);
        for (QSpinBox *box : {m_width, m_height}) {
            connect(box, &QSpinBox::valueChanged, this, syncPreset);
            connect(box, &QSpinBox::valueChanged, this, &ProjectDialog::validate);
        }
        connect(m_frameRate, &QComboBox::currentIndexChanged, this, &ProjectDialog::validate);
    }

    if (mode == Mode::Settings) {
        m_preset = new PresetBox(this);
        m_preset->setObjectName(u"preset"_s);
        m_preset->setAccessibleName(tr("Default export preset"));
        m_preset->setPresetName(project.defaultPreset);
        form->addRow(tr("Default &export:"), m_preset);

        m_folder = new QLineEdit(project.exportFolder, this);
        m_folder->setObjectName(u"exportFolder"_s);
        m_folder->setAccessibleName(tr("Export folder"));
        m_folder->setPlaceholderText(QDir::toNativeSeparators(defaultExportFolder));
        m_folder->setClearButtonEnabled(true);
        m_folder->setToolTip(
                tr("Leave empty to export into the library's folder for this project."));
        auto *choose = new QToolButton(this);
        choose->setText(tr("Choose…"));
        choose->setAccessibleName(tr("Choose the export folder"));
        connect(choose, &QToolButton::clicked, this, &ProjectDialog::chooseFolder);
        auto *folderRow = new QHBoxLayout;
        folderRow->addWidget(m_folder, 1);
        folderRow->addWidget(choose);
        form->addRow(tr("Export folder:"), folderRow);
        connect(m_folder, &QLineEdit::textChanged, this, &ProjectDialog::validate);
    }

    m_message = new QLabel(this);
    m_message->setObjectName(u"validationMessage"_s);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Problem with the settings"));
    m_message->setStyleSheet(u"color: palette(highlighted-text); background: #b3261e;"
                             u" border-radius: 4px; padding: 6px 8px;"_s);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)
            ->setText(mode == Mode::Create   ? tr("Create project")
                      : mode == Mode::Rename ? tr("Rename")
                                             : tr("Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProjectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProjectDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 18, 18, 14);
    layout->setSpacing(12);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &ProjectDialog::validate);
    validate();
    m_name->setFocus();
    m_name->selectAll();
}

Project ProjectDialog::project() const
{
    Project project = m_project;
    project.name = m_name->text().trimmed();
    if (m_width) {
        project.width = m_width->value();
        project.height = m_height->value();
        project.frameRate = Rational::fromString(m_frameRate->currentData().toString())
                                    .value_or(project.frameRate);
    }
    if (m_preset)
        project.defaultPreset = m_preset->presetName();
    if (m_folder)
        project.exportFolder = m_folder->text().trimmed();
    return project;
}

QString ProjectDialog::validationMessage() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString ProjectDialog::unusedName(const ProjectStore &store)
{
    Result<QList<Project>> projects = store.list();
    QStringList taken;
    if (projects) {
        for (const Project &project : std::as_const(*projects))
            taken.append(project.name);
    }
    const QString base = tr("Untitled film");
    QString name = base;
    for (int n = 2; taken.contains(name); ++n)
        name = tr("%1 %2").arg(base).arg(n);
    return name;
}

void ProjectDialog::validate()
{
    const Status valid = m_store.validate(project(), m_mode == Mode::Create ? 0 : m_project.id);
    m_message->setText(valid ? QString() : valid.error().message);
    m_message->setVisible(!valid);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid.ok());
}

void ProjectDialog::applySizePreset(int index)
{
    const QSize size = m_sizePreset->itemData(index).toSize();
    if (!size.isValid())
        return; // "Custom": the spin boxes stay as they are
    m_width->setValue(size.width());
    m_height->setValue(size.height());
}

void ProjectDialog::chooseFolder()
{
    const QString start = m_folder->text().isEmpty() ? m_folder->placeholderText()
                                                     : m_folder->text();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export folder"), start);
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void ProjectDialog::accept()
{
    const Project edited = project();
    Result<Project> written = Error::failed({});
    switch (m_mode) {
    case Mode::Create:
        written = m_store.create(edited);
        break;
    case Mode::Rename:
        written = m_store.rename(m_project.id, edited.name);
        break;
    case Mode::Settings:
        written = m_store.update(edited);
        break;
    }
    if (!written) {
        m_message->setText(written.error().message);
        m_message->show();
        return;
    }
    m_saved = *written;
    QDialog::accept();
}

} // namespace mt
