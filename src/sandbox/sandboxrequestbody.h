// SPDX-License-Identifier: MIT
#pragma once

#include "sandboxreply.h"

#include <QJsonObject>

#include <initializer_list>
#include <optional>

namespace PhoneDesk {

class SandboxIds;

// The JSON body of a request that changes something, read and checked as Clerk checks it; each
// check answers Clerk's error when it fails.
class SandboxRequestBody
{
public:
    // Reads `raw` (empty counts as {}) into `out`; the 400 answer when it is not a JSON object.
    [[nodiscard]] static std::optional<SandboxReply> read(const QByteArray &raw, SandboxIds &ids, SandboxRequestBody *out);

    // The 422 answer naming the first of `keys` that is not a non-empty string.
    [[nodiscard]] std::optional<SandboxReply> require(std::initializer_list<const char *> keys, SandboxIds &ids) const;
    // Reads the boolean `key` into `out` (left alone when absent or null); the 422 answer when it
    // is something else.
    [[nodiscard]] std::optional<SandboxReply> flag(const char *key, SandboxIds &ids, std::optional<bool> *out) const;

    [[nodiscard]] const QJsonObject &object() const { return m_object; }
    [[nodiscard]] QJsonValue value(const char *key) const { return m_object.value(QLatin1StringView(key)); }

private:
    QJsonObject m_object;
};

} // namespace PhoneDesk
