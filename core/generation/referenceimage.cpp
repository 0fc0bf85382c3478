// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "referenceimage.h"

#include <QFile>
#include <QFileInfo>
#include <QImageReader>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

quint32 little(const QByteArray &b, int at, int bytes)
{
    quint32 v = 0;
    for (int i = bytes - 1; i >= 0; --i)
        v = (v << 8) | quint8(b[at + i]);
    return v;
}

} // namespace

QSize ReferenceImage::webpSize(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = file.read(30);
    if (head.size() < 30 || !head.startsWith("RIFF") || head.mid(8, 4) != "WEBP")
        return {};
    const QByteArray chunk = head.mid(12, 4);
    if (chunk == "VP8X") // canvas size, 24 bits each, minus one
        return QSize(int(little(head, 24, 3)) + 1, int(little(head, 27, 3)) + 1);
    if (chunk == "VP8L" && quint8(head[20]) == 0x2f) { // 14 bits each, minus one
        const quint32 bits = little(head, 21, 4);
        return QSize(int(bits & 0x3fff) + 1, int((bits >> 14) & 0x3fff) + 1);
    }
    if (chunk == "VP8 " && head.mid(23, 3) == "\x9d\x01\x2a") // key frame: 14 bits each
        return QSize(int(little(head, 26, 2) & 0x3fff), int(little(head, 28, 2) & 0x3fff));
    return {};
}

Result<ReferenceImage> ReferenceImage::check(const QString &path,
                                             const QString &role,
                                             const QString &providerDisplayName,
                                             const ImageLimits &limits)
{
    const QFileInfo info(path);
    if (path.isEmpty() || !info.isFile())
        return Error::refused(tr("%1 is missing (%2). Pick an image that exists.")
                                      .arg(role, path.isEmpty() ? tr("no file") : path));
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    QByteArray format = reader.format().toLower();
    QSize size = reader.size();
    if (format.isEmpty() || !size.isValid()) {
        // Qt reads WebP only with the optional image formats plugin: read its header ourselves.
        if (const QSize webp = webpSize(path); webp.isValid()) {
            format = "webp";
            size = webp;
        }
    }
    QStringList names;
    for (const QByteArray &f : limits.formats)
        names.append(f == "jpeg" ? u"JPG"_s : QString::fromLatin1(f).toUpper());
    if (format.isEmpty() || !size.isValid())
        return Error::refused(tr("%1 is not an image that can be read. Use a %2 file.")
                                      .arg(role, names.join(u", "_s)));
    if (!limits.formats.contains(format))
        return Error::refused(tr("%1 is a %2 image; %3 takes only %4. Convert it first.")
                                      .arg(role,
                                           QString::fromLatin1(format).toUpper(),
                                           providerDisplayName,
                                           names.join(u", "_s)));
    if (info.size() >= limits.maxBytes)
        return Error::refused(tr("%1 is %2 MB; %3 takes at most %4 MB. Use a smaller or more "
                                 "compressed image.")
                                      .arg(role)
                                      .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                                      .arg(providerDisplayName)
                                      .arg(limits.maxBytes / (1024 * 1024)));
    const int shortSide = std::min(size.width(), size.height());
    const int longSide = std::max(size.width(), size.height());
    const bool tooSmall = limits.shortSideExclusive ? shortSide <= limits.minShortSide
                                                    : shortSide < limits.minShortSide;
    if (tooSmall)
        return Error::refused(
                tr("%1 is %2×%3; %4 needs its short side to be %5 %6 px. Use a larger image.")
                        .arg(role)
                        .arg(size.width())
                        .arg(size.height())
                        .arg(providerDisplayName,
                             limits.shortSideExclusive ? tr("over") : tr("at least"))
                        .arg(limits.minShortSide));
    if (double(longSide) / shortSide > limits.maxAspect + 1e-9)
        return Error::refused(tr("%1 is %2×%3, too long and narrow; %4 takes images up to "
                                 "%5:1 either way. Crop it.")
                                      .arg(role)
                                      .arg(size.width())
                                      .arg(size.height())
                                      .arg(providerDisplayName)
                                      .arg(limits.maxAspect));
    return ReferenceImage{path, format, size, info.size()};
}

Result<QByteArray> ReferenceImage::base64() const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::refused(tr("Cannot read %1: %2.").arg(path, file.errorString()));
    const QByteArray content = file.read(bytes + 1);
    if (content.size() != bytes)
        return Error::refused(tr("%1 changed while it was being sent. Try again.").arg(path));
    return content.toBase64();
}

Result<QString> ReferenceImage::dataUrl() const
{
    Result<QByteArray> payload = base64();
    if (!payload)
        return payload.error();
    return u"data:image/%1;base64,"_s.arg(QString::fromLatin1(format))
           + QString::fromLatin1(payload.value());
}

} // namespace mt
