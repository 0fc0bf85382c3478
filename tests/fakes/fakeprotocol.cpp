// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "fakeprotocol.h"

#include <QBuffer>
#include <QImageReader>

namespace mt::fake {

std::optional<ImageFacts> readImage(const QByteArray &bytes)
{
    QByteArray format;
    if (bytes.startsWith("\xFF\xD8\xFF"))
        format = "jpeg";
    else if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        format = "png";
    else if (bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        format = "webp";
    else
        return std::nullopt;
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    QSize size = reader.size();
    if (!size.isValid() && format == "webp" && bytes.size() >= 30) {
        // Without Qt's optional WebP plugin: the lossy/lossless/extended header by hand.
        auto le = [&](int at, int n) {
            quint32 v = 0;
            for (int i = n - 1; i >= 0; --i)
                v = (v << 8) | quint8(bytes[at + i]);
            return v;
        };
        const QByteArray chunk = bytes.mid(12, 4);
        if (chunk == "VP8X")
            size = QSize(int(le(24, 3)) + 1, int(le(27, 3)) + 1);
        else if (chunk == "VP8L")
            size = QSize(int(le(21, 4) & 0x3fff) + 1, int((le(21, 4) >> 14) & 0x3fff) + 1);
        else if (chunk == "VP8 ")
            size = QSize(int(le(26, 2) & 0x3fff), int(le(28, 2) & 0x3fff));
    }
    if (!size.isValid())
        return std::nullopt;
    return ImageFacts{format, size.width(), size.height()};
}

std::optional<std::pair<QByteArray, QByteArray>> decodeDataUrl(const QString &url)
{
    if (!url.startsWith(QLatin1String("data:")))
        return std::nullopt;
    const qsizetype comma = url.indexOf(QLatin1Char(','));
    const QString head = url.mid(5, comma - 5);
    if (comma < 0 || !head.endsWith(QLatin1String(";base64")))
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(url.mid(comma + 1).toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return std::pair{head.chopped(7).toLatin1(), *decoded};
}

} // namespace mt::fake
