// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "exportdialog.h"

#include "editorsession.h"
#include "export/exportservice.h"
#include "export/presetcatalog.h"
#include "presetbox.h"
#include "settingsdialog.h"
#include "storage/library.h"
#include "storage/projectstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QToolButton>

namespace mt {

using namespace Qt::StringLiterals;

ExportDialog::ExportDialog(EditorSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export"));
    const Result<QList<Project>> projects = session.library().projects().list();

    auto *single = new QGroupBox(tr("Film"), this);
    auto *form = new QFormLayout(single);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_project = new QComboBox(single);
    m_project->setObjectName(u"project"_s);
    m_project->setAccessibleName(tr("Project to export"));
    if (projects) {
        for (const Project &project : *projects)
            m_project->addItem(project.name, project.id);
    }
    m_project->setCurrentIndex(qMax(0, m_project->findData(session.currentProject().id())));
    form->addRow(tr("&Project:"), m_project);

    m_preset = new PresetBox(single);
    m_preset->setObjectName(u"preset"_s);
    form->addRow(tr("P&reset:"), m_preset);

    m_output = new QLineEdit(single);
    m_output->setObjectName(u"output"_s);
    m_output->setAccessibleName(tr("File to write"));
    m_output->setClearButtonEnabled(true);
    auto *choose = new QToolButton(single);
    choose->setText(tr("Choose…"));
    choose->setAccessibleName(tr("Choose the file to write"));
    connect(choose, &QToolButton::clicked, this, &ExportDialog::chooseOutput);
    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(choose);
    form->addRow(tr("Location:"), outputRow);

    m_mode = new QComboBox(single);
    m_mode->setObjectName(u"renderMode"_s);
    m_mode->setAccessibleName(tr("Render mode"));
    m_mode->addItem(tr("Automatic — the fastest exact way"), u"auto"_s);
    m_mode->addItem(tr("Copy — whole clips only, no re-encoding"), u"copy"_s);
    m_mode->addItem(tr("Smart — re-encode only around cuts"), u"smart"_s);
    m_mode->addItem(tr("Full — re-encode everything"), u"full"_s);
    m_mode->setCurrentIndex(qMax(0, m_mode->findData(SettingsDialog::RenderMode.value())));
    form->addRow(tr("Render &mode:"), m_mode);
    for (QWidget *field : {static_cast<QWidget *>(m_project),
                           static_cast<QWidget *>(m_preset),
                           static_cast<QWidget *>(m_mode)})
        field->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_batch = new QGroupBox(tr("Batch: export several projects and presets at once"), this);
    m_batch->setObjectName(u"batch"_s);
    m_batch->setCheckable(true);
    m_batch->setChecked(false);
    m_batchProjects = new QListWidget(m_batch);
    m_batchProjects->setObjectName(u"batchProjects"_s);
    m_batchProjects->setAccessibleName(tr("Projects to export"));
    if (projects) {
        for (const Project &project : *projects) {
            auto *item = new QListWidgetItem(project.name, m_batchProjects);
            item->setData(Qt::UserRole, project.id);
            item->setCheckState(project.id == session.currentProject().id() ? Qt::Checked
                                                                            : Qt::Unchecked);
        }
    }
    m_batchPresets = new QListWidget(m_batch);
    m_batchPresets->setObjectName(u"batchPresets"_s);
    m_batchPresets->setAccessibleName(tr("Presets to export with"));
    for (int i = 0; i < m_preset->count(); ++i) {
        auto *item = new QListWidgetItem(m_preset->itemText(i), m_batchPresets);
        item->setData(Qt::UserRole, m_preset->itemData(i));
        item->setCheckState(i == 0 ? Qt::Checked : Qt::Unchecked);
    }
    m_batchSummary = new QLabel(m_batch);
    m_batchSummary->setObjectName(u"batchSummary"_s);
    auto *lists = new QHBoxLayout;
    auto *projectColumn = new QVBoxLayout;
    projectColumn->addWidget(new QLabel(tr("Projects"), m_batch));
    projectColumn->addWidget(m_batchProjects);
    auto *presetColumn = new QVBoxLayout;
    presetColumn->addWidget(new QLabel(tr("Presets"), m_batch));
    presetColumn->addWidget(m_batchPresets);
    lists->addLayout(projectColumn);
    lists->addLayout(presetColumn);
    auto *batchLayout = new QVBoxLayout(m_batch);
    batchLayout->addLayout(lists);
    batchLayout->addWidget(m_batchSummary);
    connect(m_batchProjects, &QListWidget::itemChanged, this, &ExportDialog::updateBatchSummary);
    connect(m_batchPresets, &QListWidget::itemChanged, this, &ExportDialog::updateBatchSummary);
    connect(m_batch, &QGroupBox::toggled, this, [this, single](bool batch) {
        single->setEnabled(!batch);
        updateBatchSummary();
    });

    m_problems = new QLabel(this);
    m_problems->setObjectName(u"exportProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(u"color: #b3261e;"_s);
    m_problems->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_project->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 18, 18, 14);
    layout->setSpacing(12);
    layout->addWidget(single);
    layout->addWidget(m_batch, 1);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);

    connect(m_project, &QComboBox::currentIndexChanged, this, &ExportDialog::onProjectChanged);
    onProjectChanged();
    updateBatchSummary();
    resize(600, 560);
}

void ExportDialog::onProjectChanged()
{
    const Result<Project> project = m_session.library().projects().get(
            m_project->currentData().toLongLong());
    if (!project)
        return;
    m_preset->setPresetName(project->defaultPreset);
    const QString folder = project->exportFolder.isEmpty()
                                   ? QDir(m_session.library().paths().exports())
                                             .filePath(QString::number(project->id))
                                   : project->exportFolder;
    m_output->setPlaceholderText(tr("A new file in %1").arg(QDir::toNativeSeparators(folder)));
}

void ExportDialog::chooseOutput()
{
    const ExportPreset *preset = PresetCatalog::builtIn().find(m_preset->presetName());
    const QString extension = preset ? preset->extension : u"mp4"_s;
    const QString file = QFileDialog::getSaveFileName(this,
                                                      tr("Export to"),
                                                      m_output->text(),
                                                      tr("%1 files (*.%2)")
                                                              .arg(extension.toUpper(), extension));
    if (!file.isEmpty())
        m_output->setText(QDir::toNativeSeparators(file));
}

QList<qint64> ExportDialog::checkedProjects() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_batchProjects->count(); ++i) {
        if (m_batchProjects->item(i)->checkState() == Qt::Checked)
            ids.append(m_batchProjects->item(i)->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

QStringList ExportDialog::checkedPresets() const
{
    QStringList names;
    for (int i = 0; i < m_batchPresets->count(); ++i) {
        if (m_batchPresets->item(i)->checkState() == Qt::Checked)
            names.append(m_batchPresets->item(i)->data(Qt::UserRole).toString());
    }
    return names;
}

void ExportDialog::updateBatchSummary()
{
    const int count = int(checkedProjects().size() * checkedPresets().size());
    m_batchSummary->setText(
            tr("Films to queue: %1, each into its project's export folder.").arg(count));
}

QString ExportDialog::problems() const
{
    return m_problems->isHidden() ? QString() : m_problems->text();
}

void ExportDialog::accept()
{
    QList<ExportRequest> requests;
    if (m_batch->isChecked()) {
        for (const qint64 project : checkedProjects()) {
            for (const QString &preset : checkedPresets())
                requests.append({project, {}, preset, RenderMode::Auto});
        }
    } else {
        requests.append(
                {m_project->currentData().toLongLong(),
                 QDir::fromNativeSeparators(m_output->text().trimmed()),
                 m_preset->presetName(),
                 renderModeFromName(m_mode->currentData().toString()).value_or(RenderMode::Auto)});
    }
    if (requests.isEmpty()) {
        m_problems->setText(tr("Tick at least one project and one preset."));
        m_problems->show();
        return;
    }
    m_queued.clear();
    QStringList refused;
    for (const ExportRequest &request : std::as_const(requests)) {
        const Result<qint64> job = m_session.exports().start(request);
        if (job) {
            m_queued.append(*job);
            continue;
        }
        const Result<Project> project = m_session.library().projects().get(request.projectId);
        refused.append(tr("%1 (%2): %3")
                               .arg(project ? project->name : QString::number(request.projectId),
                                    request.preset,
                                    job.error().message));
    }
    if (refused.isEmpty())
        return QDialog::accept();
    // Keep the dialog open to say what was not queued; what was is running already.
    m_problems->setText((m_queued.isEmpty() ? tr("Nothing was queued:")
                                            : tr("Queued: %1. Refused:").arg(m_queued.size()))
                        + u'\n' + refused.join(u'\n'));
    m_problems->show();
}

} // namespace mt
