#pragma once

#include <QString>

#include <utility>
#include <variant>

// Errors are values (STYLE.md rule 19): every fallible core call returns a Result<T>.
enum class ErrorCode
{
    None,
    InvalidInput,     // the caller's data is wrong: validation, malformed JSON, usage
    NotFound,         // the thing asked for does not exist
    Conflict,         // already exists / already decided / concurrent change
    Storage,          // database or file system failure
    IncompatibleData, // a file or database from a newer version
    Network,          // connection, DNS, TLS, timeout
    RateLimited,      // 429 and friends that may succeed later
    QuotaExhausted,   // 429 insufficient_quota / credits: retrying will not help
    Unauthorized,     // 401/403: the key is wrong or missing
    Remote,           // the remote service answered with an error
    Cancelled,        // the user or the caller cancelled
    Internal,         // a bug: should not happen
};

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message; // for an operator: what went wrong and, if possible, what to do

    Error() = default;
    Error(ErrorCode c, QString m)
        : code(c)
        , message(std::move(m))
    {}
};

// A value or an Error. Result<void> carries only success or an Error.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};
