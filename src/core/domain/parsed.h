// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace PhoneDesk {

// The outcome of reading one object from JSON: the value, or the reason it could not be read.
template<typename T>
class Parsed
{
public:
    static Parsed success(T value) { Parsed p; p.m_value = std::move(value); return p; }
    static Parsed failure(QString error) { Parsed p; p.m_error = std::move(error); return p; }

    [[nodiscard]] bool ok() const { return m_value.has_value(); }
    [[nodiscard]] const T &value() const { return *m_value; }
    [[nodiscard]] T &&takeValue() { return std::move(*m_value); }
    [[nodiscard]] const QString &error() const { return m_error; }

private:
    std::optional<T> m_value;
    QString m_error;
};

} // namespace PhoneDesk
