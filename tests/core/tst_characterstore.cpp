// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "storagetest.h"

#include <QSignalSpy>

using namespace mt;
using namespace mt::test;
using namespace Qt::StringLiterals;

// CharacterStore: the cast, its reference images and the one-primary rule.
class TestCharacterStore : public QObject, public StoreFixture
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(open()); }
    void cleanup() { close(); }

    void characterCreateUpdateRemove();
    void characterValidation();
    void characterImagesPrimaryRules();
    void characterImageValidation_data();
    void characterImageValidation();
};

void TestCharacterStore::characterCreateUpdateRemove()
{
    QSignalSpy created(m_characters.get(), &CharacterStore::characterCreated);
    QSignalSpy changed(m_characters.get(), &CharacterStore::characterChanged);
    QSignalSpy removed(m_characters.get(), &CharacterStore::characterRemoved);

    const Result<Character> ann = m_characters->create(u" Ann "_s, u"The lead"_s);
    MT_VERIFY_OK(ann);
    QCOMPARE(ann->name, u"Ann"_s);
    QCOMPARE(ann->description, u"The lead"_s);
    QVERIFY(ann->images.isEmpty());
    QCOMPARE(created.count(), 1);
    const qint64 bob = m_characters->create(u"Bob"_s)->id;

    QCOMPARE(m_characters->byIdOrName(u"ann"_s)->id, ann->id);
    QCOMPARE(m_characters->byIdOrName(u"ANN"_s)->id, ann->id);
    QCOMPARE(m_characters->byIdOrName(QString::number(bob))->id, bob);
    MT_VERIFY_REFUSED(m_characters->byIdOrName(u"Carol"_s),
                      u"`movietool-cli character list` shows the characters"_s);
    MT_VERIFY_REFUSED(m_characters->get(99), u"No character with id 99"_s);

    // Only what is given changes.
    const Result<Character> described = m_characters->update(ann->id, std::nullopt, u"Hero"_s);
    MT_VERIFY_OK(described);
    QCOMPARE(described->name, u"Ann"_s);
    QCOMPARE(described->description, u"Hero"_s);
    const Result<Character> renamed = m_characters->update(ann->id, u"ANN"_s, std::nullopt);
    MT_VERIFY_OK(renamed); // a change of case of its own name
    QCOMPARE(renamed->name, u"ANN"_s);
    QCOMPARE(renamed->description, u"Hero"_s);
    MT_VERIFY_REFUSED(m_characters->update(ann->id, u"bob"_s, std::nullopt), u"already"_s);
    MT_VERIFY_REFUSED(m_characters->update(99, u"Zed"_s, std::nullopt),
                      u"No character with id 99"_s);
    QCOMPARE(changed.count(), 2);

    const Result<QList<Character>> all = m_characters->list();
    MT_VERIFY_OK(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->first().name, u"ANN"_s);

    CharacterImage image;
    image.characterId = bob;
    image.relativePath = u"media/characters/b.png"_s;
    image.sha256 = sha('b');
    image.width = image.height = 512;
    QVERIFY(m_characters->addImage(image).ok());
    const Result<Character> gone = m_characters->remove(bob);
    MT_VERIFY_OK(gone);
    QCOMPARE(gone->images.size(), 1); // for the caller to trash the files
    QCOMPARE(removed.count(), 1);
    QCOMPARE(count(u"character_images"_s), 0);
    MT_VERIFY_REFUSED(m_characters->remove(bob), u"No character with id"_s);
}

void TestCharacterStore::characterValidation()
{
    QVERIFY(m_characters->create(u"Ann"_s).ok());
    QSignalSpy created(m_characters.get(), &CharacterStore::characterCreated);
    MT_VERIFY_REFUSED(m_characters->create(u"aNN"_s), u"ignoring case"_s);
    MT_VERIFY_REFUSED(m_characters->create(u"  "_s), u"needs a name"_s);
    MT_VERIFY_REFUSED(m_characters->create(QString(121, u'c')), u"at most 120"_s);
    MT_VERIFY_REFUSED(m_characters->create(u"Bob"_s, QString(2001, u'd')), u"at most 2000"_s);
    QCOMPARE(created.count(), 0);
    QCOMPARE(count(u"characters"_s), 1);
    QVERIFY(m_characters->create(QString(120, u'c'), QString(2000, u'd')).ok());
}

void TestCharacterStore::characterImagesPrimaryRules()
{
    const qint64 ann = m_characters->create(u"Ann"_s)->id;
    QSignalSpy changed(m_characters.get(), &CharacterStore::characterChanged);
    auto add = [&](char c, bool primary) {
        CharacterImage image;
        image.characterId = ann;
        image.sha256 = sha(c);
        image.relativePath = u"media/characters/%1.png"_s.arg(image.sha256);
        image.originalName = u"%1.png"_s.arg(QLatin1Char(c));
        image.width = 640;
        image.height = 480;
        image.fileSize = 100;
        image.isPrimary = primary;
        return m_characters->addImage(image);
    };
    // The first image is primary even when not asked for.
    const Result<CharacterImage> first = add('1', false);
    MT_VERIFY_OK(first);
    QVERIFY(first->isPrimary);
    QCOMPARE(first->originalName, u"1.png"_s);
    QCOMPARE(first->fileSize, 100);
    QVERIFY(first->createdAt.isValid());
    const Result<CharacterImage> second = add('2', false);
    QVERIFY(!second->isPrimary);
    const Result<CharacterImage> third = add('3', true);
    QVERIFY(third->isPrimary);
    QCOMPARE(changed.count(), 3);
    MT_VERIFY_REFUSED(add('2', false), u"already image"_s);

    auto primaryOf = [&] {
        const Result<Character> character = m_characters->get(ann);
        int primaries = 0;
        for (const CharacterImage &image : character->images)
            primaries += image.isPrimary ? 1 : 0;
        return primaries == 1 && character->images.first().isPrimary ? character->images.first().id
                                                                     : qint64(-1);
    };
    QCOMPARE(primaryOf(), third->id);
    QCOMPARE(m_characters->get(ann)->images.size(), 3);
    // After the primary, oldest first.
    QCOMPARE(m_characters->get(ann)->images.at(1).id, first->id);

    QVERIFY(m_characters->setPrimary(second->id).ok());
    QCOMPARE(primaryOf(), second->id);
    QVERIFY(m_characters->setPrimary(second->id).ok()); // already: nothing to do
    MT_VERIFY_REFUSED(m_characters->setPrimary(999), u"No character image with id 999"_s);

    // Removing an image that is not primary leaves the primary alone.
    const Result<CharacterImage> removedThird = m_characters->removeImage(third->id);
    MT_VERIFY_OK(removedThird);
    QCOMPARE(removedThird->id, third->id);
    QCOMPARE(primaryOf(), second->id);
    // Removing the primary promotes the oldest remaining one.
    QVERIFY(m_characters->removeImage(second->id)->isPrimary);
    QCOMPARE(primaryOf(), first->id);
    QVERIFY(m_characters->removeImage(first->id).ok());
    QVERIFY(m_characters->get(ann)->images.isEmpty());
    MT_VERIFY_REFUSED(m_characters->removeImage(first->id), u"No character image"_s);
    MT_VERIFY_REFUSED(m_characters->image(first->id), u"No character image"_s);

    // The database itself refuses a second primary.
    QVERIFY(add('4', false).ok());
    QVERIFY(add('5', false).ok());
    QVERIFY(!run(u"UPDATE character_images SET is_primary = 1"_s));
}

void TestCharacterStore::characterImageValidation_data()
{
    QTest::addColumn<CharacterImage>("image");
    QTest::addColumn<QString>("message");
    auto with = [](auto change) {
        CharacterImage image;
        image.characterId = 1;
        image.relativePath = u"media/characters/x.png"_s;
        image.sha256 = sha('e');
        image.width = image.height = 100;
        change(image);
        return image;
    };
    QTest::newRow("unknown character")
            << with([](CharacterImage &i) { i.characterId = 5; }) << u"No character with id 5"_s;
    QTest::newRow("empty path") << with([](CharacterImage &i) { i.relativePath.clear(); })
                                << u"not a path inside the library"_s;
    QTest::newRow("absolute path")
            << with([](CharacterImage &i) { i.relativePath = u"/etc/passwd"_s; })
            << u"not a path inside the library"_s;
    QTest::newRow("escaping path")
            << with([](CharacterImage &i) { i.relativePath = u"media/../../x.png"_s; })
            << u"not a path inside the library"_s;
    QTest::newRow("parent path") << with([](CharacterImage &i) { i.relativePath = u"../x.png"_s; })
                                 << u"not a path inside the library"_s;
    QTest::newRow("backslash") << with([](CharacterImage &i) {
        i.relativePath = u"media\\x.png"_s;
    }) << u"not a path inside the library"_s;
    QTest::newRow("short sha") << with([](CharacterImage &i) { i.sha256 = u"abc"_s; })
                               << u"SHA-256"_s;
    QTest::newRow("upper sha") << with([](CharacterImage &i) { i.sha256 = sha('E'); })
                               << u"SHA-256"_s;
    QTest::newRow("no width") << with([](CharacterImage &i) { i.width = 0; }) << u"1 to 16384"_s;
    QTest::newRow("huge") << with([](CharacterImage &i) { i.height = 16385; }) << u"1 to 16384"_s;
    QTest::newRow("negative size")
            << with([](CharacterImage &i) { i.fileSize = -1; }) << u"negative"_s;
    QTest::newRow("long name") << with([](CharacterImage &i) {
        i.originalName = QString(256, u'n');
    }) << u"at most 255"_s;
}

void TestCharacterStore::characterImageValidation()
{
    QFETCH(CharacterImage, image);
    QFETCH(QString, message);
    QCOMPARE(m_characters->create(u"Ann"_s)->id, 1);
    QSignalSpy changed(m_characters.get(), &CharacterStore::characterChanged);
    MT_VERIFY_REFUSED(m_characters->addImage(image), message);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(count(u"character_images"_s), 0);
}

QTEST_GUILESS_MAIN(TestCharacterStore)
#include "tst_characterstore.moc"
