// SPDX-License-Identifier: MIT
#pragma once

#include "apierror.h"

#include <utility>
#include <variant>

namespace PhoneDesk {

// A call's outcome: the typed value on any 2xx, else the ApiError.
template<typename T>
class ApiResult
{
public:
    ApiResult(T value) : m_state(std::move(value)) {}          // NOLINT: implicit by design
    ApiResult(ApiError error) : m_state(std::move(error)) {}   // NOLINT: implicit by design

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_state); }
    [[nodiscard]] const T &value() const { return std::get<T>(m_state); }
    [[nodiscard]] T &value() { return std::get<T>(m_state); }
    [[nodiscard]] const ApiError &error() const { return std::get<ApiError>(m_state); }

private:
    std::variant<T, ApiError> m_state;
};

} // namespace PhoneDesk
