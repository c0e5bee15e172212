#pragma once

#include "apierror.h"

#include <utility>
#include <variant>

namespace trro {

// A value or an ApiError (std::expected is C++23).
template <typename T> class Result final {
public:
    Result(T value)
        : m_data(std::move(value)) {}
    Result(ApiError error)
        : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<T>(m_data); }
    T &value() { return std::get<T>(m_data); }
    const ApiError &error() const { return std::get<ApiError>(m_data); }

private:
    std::variant<T, ApiError> m_data;
};

} // namespace trro
