// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "dialogs/generatedialog.h"
#include "dialogs/providersettingspage.h"
#include "editorsession.h"
#include "generation/credentialstore.h"
#include "generation/generationservice.h"
#include "generation/providersettings.h"
#include "panels/inlinemessage.h"
#include "storage/library.h"
#include "storage/projectstore.h"
#include "storage/settingsstore.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace mt {

// Settings → Providers over a real library and credential store without a keychain: a key saved
// from the page goes to the user-only file (with the warning shown), never to the library, and
// configures the provider; the price table and budget reach the spend ledger, and the generate
// dialog then prefers the provider with a key and counts against the budget.
class TestProviderSettingsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<EditorSession> m_session;
    QString m_root;
    qint64 m_project = 0;

    static QString screenshotPath(const QString &name)
    {
        const QString dir = QDir(QCoreApplication::applicationDirPath())
                                    .absoluteFilePath(u"../../screenshots"_s);
        QDir().mkpath(dir);
        return QDir(dir).filePath(name);
    }

    QString credentialsFile() const { return m_dir.filePath(u"credentials.json"_s); }

private slots:
    void initTestCase()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("MOVIETOOL_MINIMAX_API_KEY");
        qunsetenv("MOVIETOOL_SEGMIND_API_KEY");
        qunsetenv("MOVIETOOL_MINIMAX_BASE_URL");
        qunsetenv("MOVIETOOL_SEGMIND_BASE_URL");
    }

    void init()
    {
        QFile::remove(credentialsFile());
        m_root = m_dir.filePath(u"lib%1"_s.arg(QDateTime::currentMSecsSinceEpoch()));
        auto session = EditorSession::open(m_root, credentialsFile());
        QVERIFY2(session, qPrintable(session ? QString() : session.error().message));
        m_session = std::move(session).value();
        QVERIFY(QTest::qWaitFor([&] { return m_session->generationReady(); }, 5000));
        Project draft;
        draft.name = u"Harbour"_s;
        draft.width = 320;
        draft.height = 240;
        const Result<Project> project = m_session->library().projects().create(draft);
        QVERIFY(project);
        m_project = project->id;
    }

    void cleanup() { m_session.reset(); }

    void keySavedToTheUserOnlyFileConfiguresTheProvider()
    {
        if (!m_session->generation().provider(u"minimax"_s))
            QSKIP("MiniMax is not in this build");
        ProviderSettingsPage page(*m_session);
        page.resize(720, 760);
        page.show();
        auto *edit = page.findChild<QLineEdit *>(u"minimaxKeyEdit"_s);
        auto *save = page.findChild<QPushButton *>(u"minimaxSaveKey"_s);
        QVERIFY(edit && save);
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QVERIFY(!save->isEnabled());
        QVERIFY(QTest::qWaitFor(
                [&] {
                    return page.findChild<QLabel *>(u"minimaxKeyState"_s)
                            ->text()
                            .contains(u"No key"_s);
                },
                3000));
        QVERIFY(!m_session->generation().provider(u"minimax"_s)->isConfigured());

        const QString key = u"mm-test-5b0c7e1d9a"_s;
        QTest::keyClicks(edit, key);
        QVERIFY(save->isEnabled());
        QSignalSpy changed(&page, &ProviderSettingsPage::keysChanged);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(changed.wait(5000));
        QVERIFY(m_session->generation().provider(u"minimax"_s)->isConfigured());
        // No keychain here: the file, readable by the user only, and a warning that says so.
        QVERIFY(m_session->credentials().isUsingFallback());
        auto *warning = page.findChild<InlineMessage *>(u"fallbackWarning"_s);
        QVERIFY(warning && warning->isVisibleTo(&page));
        QVERIFY(warning->title().contains(u"only you can read"_s));
        QFile file(credentialsFile());
        QVERIFY(file.exists());
        QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        // The field never shows the key again, and the library never holds it.
        QVERIFY(QTest::qWaitFor([&] { return edit->text().isEmpty(); }, 3000));
        QFile database(QDir(m_root).filePath(u"library.db"_s));
        QVERIFY(database.open(QIODevice::ReadOnly));
        QVERIFY(!database.readAll().contains(key.toUtf8()));
        QTest::qWait(50); // layouts settle before the picture
        QVERIFY(page.grab().save(screenshotPath(u"settings-providers.png"_s)));

        // With a key, the generate dialog offers MiniMax first and shows its cost.
        {
            GenerateDialog dialog(*m_session, m_project);
            QCOMPARE(dialog.findChild<QComboBox *>(u"providerCombo"_s)->currentData().toString(),
                     u"minimax"_s);
            QVERIFY(dialog.findChild<QLabel *>(u"costLabel"_s)->text().contains(u"Estimated cost"_s));
        }

        auto *remove = page.findChild<QPushButton *>(u"minimaxRemoveKey"_s);
        QVERIFY(QTest::qWaitFor([&] { return remove->isEnabled(); }, 3000));
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(changed.wait(5000));
        QVERIFY(!m_session->generation().provider(u"minimax"_s)->isConfigured());
    }

    void refusedBaseUrlIsExplained()
    {
        // Plain http to another host would send the key in clear: refused, and said so.
        qputenv("MOVIETOOL_SEGMIND_BASE_URL", "http://example.com/api");
        QStringList problems;
        bool configured = false;
        m_session->configureProviders([&](const QStringList &found) {
            problems = found;
            configured = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return configured; }, 5000));
        qunsetenv("MOVIETOOL_SEGMIND_BASE_URL");
        if (!m_session->generation().provider(u"segmind"_s))
            QSKIP("Segmind is not in this build");
        QCOMPARE(problems.size(), 1);
        ProviderSettingsPage page(*m_session);
        const QList<InlineMessage *> messages = page.findChildren<InlineMessage *>();
        bool shown = false;
        for (const InlineMessage *message : messages)
            shown = shown || message->details().contains(problems.first());
        QVERIFY(shown);
    }

    void baseUrlAndPaceAreSettings()
    {
        if (!m_session->generation().provider(u"minimax"_s))
            QSKIP("MiniMax is not in this build");
        ProviderSettingsPage page(*m_session);
        auto *url = page.findChild<QLineEdit *>(u"minimaxBaseUrl"_s);
        auto *perMinute = page.findChild<QSpinBox *>(u"minimaxRequestsPerMinute"_s);
        auto *inFlight = page.findChild<QSpinBox *>(u"minimaxTasksInFlight"_s);
        QVERIFY(url && perMinute && inFlight && url->isEnabled());
        // Plain http to another host would carry the key in clear: refused, nothing stored.
        url->setText(u"http://example.com/minimax"_s);
        QVERIFY(!page.apply());
        QVERIFY(ProviderSettings::read(m_session->library().settings(), u"minimax"_s)
                        ->baseUrl.isEmpty());
        url->setText(u"http://127.0.0.1:8089/minimax"_s);
        perMinute->setValue(30);
        inFlight->setValue(4);
        QVERIFY(page.apply());
        const Result<ProviderSettings> stored
                = ProviderSettings::read(m_session->library().settings(), u"minimax"_s);
        QVERIFY(stored);
        QCOMPARE(stored->baseUrl, QUrl(u"http://127.0.0.1:8089/minimax"_s));
        QCOMPARE(stored->requestsPerMinute, 30);
        // The service keeps to the pace set here from now on.
        const Provider *minimax = m_session->generation().provider(u"minimax"_s);
        QVERIFY(QTest::qWaitFor(
                [&] { return m_session->generation().limitsOf(*minimax).requestsPerMinute == 30; },
                5000));
        QCOMPARE(m_session->generation().limitsOf(*minimax).maxTasksInFlight, 4);
        // Back to the provider's own.
        perMinute->setValue(0);
        QVERIFY(page.apply());
        QVERIFY(QTest::qWaitFor(
                [&] {
                    return m_session->generation().limitsOf(*minimax).requestsPerMinute
                           == minimax->limits().requestsPerMinute;
                },
                5000));
    }

    void pricesAndBudgetReachTheLedger()
    {
        ProviderSettingsPage page(*m_session);
        auto *table = page.findChild<QTableWidget *>(u"priceTable"_s);
        auto *budget = page.findChild<QDoubleSpinBox *>(u"budgetSpin"_s);
        QVERIFY(table && budget);
        if (table->rowCount() == 0)
            QSKIP("No paid provider in this build");
        const QString provider = table->item(0, 0)->data(Qt::UserRole).toString();
        const QString model = table->item(0, 1)->text();

        table->item(0, 3)->setText(u"twenty cents"_s);
        QVERIFY(!page.apply());
        table->item(0, 3)->setText(u"0.2"_s);
        budget->setValue(0.3);
        QVERIFY(page.apply());
        SpendLedger &ledger = m_session->generation().ledger();
        QCOMPARE(ledger.monthlyBudget(), 0.3);
        QCOMPARE(ledger.prices().value(provider).toObject().value(model).toDouble(), 0.2);

        // Two takes at 0.20 go over a 0.30 budget: the dialog says so and will not generate.
        ProviderConfig config;
        config.apiKey = u"sk-test"_s;
        m_session->generation().provider(provider)->configure(config);
        GenerateDialog dialog(*m_session, m_project);
        auto *providers = dialog.findChild<QComboBox *>(u"providerCombo"_s);
        providers->setCurrentIndex(providers->findData(provider));
        auto *models = dialog.findChild<QComboBox *>(u"modelCombo"_s);
        auto *modes = dialog.findChild<QComboBox *>(u"modeCombo"_s);
        for (int mode = 0; mode < modes->count() && models->findData(model) < 0; ++mode)
            modes->setCurrentIndex(mode);
        if (models->findData(model) < 0)
            QSKIP("The priced model is not a video model");
        models->setCurrentIndex(models->findData(model));
        QTest::keyClicks(dialog.findChild<QPlainTextEdit *>(u"promptEdit"_s), u"Boats at dusk"_s);
        dialog.findChild<QSpinBox *>(u"takesSpin"_s)->setValue(2);
        QTest::qWait(200);
        QVERIFY(dialog.findChild<QLabel *>(u"costLabel"_s)->text().contains(u"$0.40"_s));
        QVERIFY(dialog.findChild<QLabel *>(u"costLabel"_s)->text().contains(u"$0.30"_s));
        dialog.show();
        QTest::qWait(50); // layouts settle before the picture
        QVERIFY(dialog.grab().save(screenshotPath(u"generate-dialog-over-budget.png"_s)));
        if (modes->currentData().toInt() == int(GenerationMode::TextToVideo)) {
            QVERIFY2(dialog.problem().contains(u"budget"_s, Qt::CaseInsensitive),
                     qPrintable(dialog.problem()));
            QVERIFY(!dialog.findChild<QPushButton *>(u"generateButton"_s)->isEnabled());
        }
    }
};

} // namespace mt

QTEST_MAIN(mt::TestProviderSettingsPage)
#include "tst_providersettingspage.moc"
