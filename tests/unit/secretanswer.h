// SPDX-License-Identifier: MIT
// Waits for one answer of a SecretStore operation, for the tests of the keychain and memory stores.
#pragma once

#include "settings/secretstore.h"

#include <QTest>

#include <functional>
#include <optional>

inline PhoneDesk::SecretResult secretAnswer(const std::function<void(PhoneDesk::SecretStore::Callback)> &operation)
{
    std::optional<PhoneDesk::SecretResult> answer;
    operation([&answer](const PhoneDesk::SecretResult &result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 30000))
        return PhoneDesk::SecretResult{PhoneDesk::SecretResult::Outcome::Failed, {}, QStringLiteral("no answer within 30 s")};
    return *answer;
}
