// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
//
// The waveform file AudioWaveform writes and reads back (its layout is in audiowaveform.h).
#include "audiowaveform.h"

#include "jobs/outputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

constexpr char Magic[] = "MTPEAKS1";
constexpr qsizetype HeaderSize = 8 + 4 + 4 + 8;

} // namespace

float Waveform::peak() const
{
    float peak = 0;
    for (int i = 0; i < buckets(); ++i)
        peak = std::max({peak, std::abs(minimum[i]), std::abs(maximum[i])});
    return peak;
}

QJsonObject Waveform::toJson() const
{
    return {{u"path"_s, path},
            {u"buckets"_s, buckets()},
            {u"duration"_s, duration},
            {u"sampleRate"_s, sampleRate},
            {u"peak"_s, double(peak())},
            {u"cached"_s, cached}};
}

Status AudioWaveform::write(const Waveform &waveform, OutputFile &output)
{
    QByteArray bytes(HeaderSize + 4 * waveform.buckets(), Qt::Uninitialized);
    char *at = bytes.data();
    std::memcpy(at, Magic, 8);
    qToLittleEndian<quint32>(quint32(waveform.buckets()), at + 8);
    qToLittleEndian<quint32>(quint32(waveform.sampleRate), at + 12);
    qToLittleEndian<double>(waveform.duration, at + 16);
    at += HeaderSize;
    auto toInt16 = [](float value) {
        return qint16(std::lround(std::clamp(value, -1.0f, 1.0f) * 32767.0f));
    };
    for (int i = 0; i < waveform.buckets(); ++i, at += 4) {
        qToLittleEndian<qint16>(toInt16(waveform.minimum[i]), at);
        qToLittleEndian<qint16>(toInt16(waveform.maximum[i]), at + 2);
    }
    QFile file(output.temporaryPath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()
        || !file.flush())
        return Error::failed(
                tr("%1 could not be written (%2). Check the folder's "
                   "free space and permissions.")
                        .arg(QDir::toNativeSeparators(output.targetPath()), file.errorString()));
    file.close();
    return output.commit();
}

Result<Waveform> AudioWaveform::read(const QString &path)
{
    QFile file(path);
    const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.read(HeaderSize + 4 * MaxBuckets)
                                                            : QByteArray();
    const char *at = bytes.constData();
    const int buckets = bytes.size() >= HeaderSize ? int(qFromLittleEndian<quint32>(at + 8)) : 0;
    if (bytes.size() < HeaderSize || std::memcmp(at, Magic, 8) != 0 || buckets < 1
        || buckets > MaxBuckets || bytes.size() != HeaderSize + 4 * buckets)
        return Error::refused(
                tr("%1 is not a waveform made by Movie Tool.").arg(QDir::toNativeSeparators(path)));
    Waveform waveform;
    waveform.path = QFileInfo(path).absoluteFilePath();
    waveform.sampleRate = int(qFromLittleEndian<quint32>(at + 12));
    waveform.duration = qFromLittleEndian<double>(at + 16);
    at += HeaderSize;
    for (int i = 0; i < buckets; ++i, at += 4) {
        waveform.minimum << qFromLittleEndian<qint16>(at) / 32767.0f;
        waveform.maximum << qFromLittleEndian<qint16>(at + 2) / 32767.0f;
    }
    return waveform;
}

} // namespace mt
