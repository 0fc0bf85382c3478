// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace mt {

// What went wrong, in words for a person, and whose fault it was. The kind decides the CLI's exit
// status (Refused → 2, Failed → 3) and whether the UI offers "retry".
enum class ErrorKind {
    Refused,   // bad input: unknown id, invalid value, bad media, over a limit; nothing was written
    Failed,    // the work itself failed: I/O, codec, database, network
    Cancelled, // the person asked to stop
};

struct Error
{
    ErrorKind kind = ErrorKind::Failed;
    QString message; // translated, says what happened and what to do

    static Error refused(QString message) { return {ErrorKind::Refused, std::move(message)}; }
    static Error failed(QString message) { return {ErrorKind::Failed, std::move(message)}; }
    static Error cancelled(QString message) { return {ErrorKind::Cancelled, std::move(message)}; }
};

// A value or the Error that prevented it. C++20 has no std::expected; this is the small part of it
// we use. Accessing value() of a failed result is a programming error (asserted).
template<typename T>
class Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *std::get_if<0>(&m_data); }
    T &value() & { return *std::get_if<0>(&m_data); }
    T &&value() && { return std::move(*std::get_if<0>(&m_data)); }
    const T *operator->() const { return std::get_if<0>(&m_data); }
    T *operator->() { return std::get_if<0>(&m_data); }
    const T &operator*() const & { return value(); }

    const Error &error() const & { return *std::get_if<1>(&m_data); }

private:
    std::variant<T, Error> m_data;
};

// Success without a value, or an Error.
template<>
class Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

using Status = Result<void>;

} // namespace mt
