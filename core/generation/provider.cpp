// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "provider.h"

#include <QHostAddress>

namespace mt {

using namespace Qt::StringLiterals;

QString providerErrorKindName(ProviderErrorKind kind)
{
    switch (kind) {
    case ProviderErrorKind::Auth:
        return u"auth"_s;
    case ProviderErrorKind::Balance:
        return u"balance"_s;
    case ProviderErrorKind::ContentPolicy:
        return u"content-policy"_s;
    case ProviderErrorKind::Parameters:
        return u"parameters"_s;
    case ProviderErrorKind::NotFound:
        return u"not-found"_s;
    case ProviderErrorKind::RateLimited:
        return u"rate-limited"_s;
    case ProviderErrorKind::Server:
        return u"server"_s;
    case ProviderErrorKind::Network:
        return u"network"_s;
    case ProviderErrorKind::Timeout:
        return u"timeout"_s;
    case ProviderErrorKind::Unavailable:
        return u"unavailable"_s;
    }
    return {};
}

bool ProviderError::isRetryable() const
{
    switch (kind) {
    case ProviderErrorKind::RateLimited:
    case ProviderErrorKind::Server:
    case ProviderErrorKind::Network:
    case ProviderErrorKind::Timeout:
        return true;
    default:
        return false;
    }
}

Error ProviderError::toError() const
{
    if (kind == ProviderErrorKind::Parameters || kind == ProviderErrorKind::ContentPolicy)
        return Error::refused(message);
    return Error::failed(message);
}

bool isAllowedBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https"_s)
        return true;
    if (scheme != u"http"_s)
        return false;
    const QString host = url.host().toLower();
    if (host == u"localhost"_s)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace mt
