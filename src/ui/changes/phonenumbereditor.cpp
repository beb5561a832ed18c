// SPDX-License-Identifier: MIT
#include "phonenumbereditor.h"

#include <QDateTime>
#include <QLocale>

namespace PhoneDesk {

PhoneNumberEditor::PhoneNumberEditor(QObject *parent)
    : PhoneNumberEditor(new PhoneNumberEdit, parent)
{
}

PhoneNumberEditor::PhoneNumberEditor(PhoneNumberEdit *edit, QObject *parent)
    : AccountChange(edit, parent)
    , m_edit(edit)
{
    m_edit->setParent(this);
    connect(m_edit, &PhoneNumberEdit::draftChanged, this, &PhoneNumberEditor::draftChanged);
    connect(m_edit, &PhoneNumberEdit::originalChanged, this, &PhoneNumberEditor::originalChanged);
    connect(m_edit, &PhoneNumberEdit::staleNoticeChanged, this, &PhoneNumberEditor::staleNoticeChanged);
    // canSubmit depends on the draft, the originals and loading.
    connect(m_edit, &PhoneNumberEdit::draftChanged, this, &PhoneNumberEditor::stateChanged);
    connect(m_edit, &PhoneNumberEdit::originalChanged, this, &PhoneNumberEditor::stateChanged);
    connect(this, &AccountChange::busyChanged, this, &PhoneNumberEditor::stateChanged);
    connect(this, &PhoneNumberEditor::stateChanged, this, &PhoneNumberEditor::reviewState);
    connect(m_edit, &PhoneNumberEdit::phoneNumberChanged, this, [this](const PhoneNumber &phone) {
        if (model())
            model()->applyPhoneNumber(phone);
    });
}

PhoneNumberEditor::~PhoneNumberEditor() = default;

void PhoneNumberEditor::setPhoneNumberId(const QString &id)
{
    if (id == m_phoneNumberId)
        return;
    m_phoneNumberId = id;
    Q_EMIT phoneNumberIdChanged();
    load();
}

void PhoneNumberEditor::setVerified(bool on)
{
    PhoneNumberEdit::Flags draft = m_edit->draft();
    draft.verified = on;
    m_edit->setDraft(draft);
}

void PhoneNumberEditor::setPrimary(bool on)
{
    PhoneNumberEdit::Flags draft = m_edit->draft();
    draft.primary = on;
    m_edit->setDraft(draft);
}

void PhoneNumberEditor::setReservedForSecondFactor(bool on)
{
    PhoneNumberEdit::Flags draft = m_edit->draft();
    draft.reservedForSecondFactor = on;
    m_edit->setDraft(draft);
}

QString PhoneNumberEditor::staleNotice() const
{
    // The edit's own notice is the command line's (English, ISO time): said here in the window's
    // language, with the time as the locale writes it.
    if (m_edit->staleNotice().isEmpty())
        return {};
    const std::optional<qint64> at = m_edit->staleUpdatedAt();
    const QString when = at ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(*at).toLocalTime(), QLocale::ShortFormat)
                            : tr("an unknown time");
    return tr("This number changed on the server since it was loaded: it was updated at %1, and nothing was sent. Check "
              "your changes against its current state.").arg(when);
}

void PhoneNumberEditor::submit()
{
    if (!canSubmit())
        return;
    if (model() && model()->rowOfId(m_phoneNumberId) < 0) {
        failWith(QStringLiteral("PATCH /phone_numbers"), tr("This number is no longer in the list; search for it again"));
        return;
    }
    m_edit->submit();
}

QString PhoneNumberEditor::lockoutWarning() const
{
    if (!m_edit->hasUnsentInput())
        return {};
    return lockoutWarningOf(m_edit->userId(), m_edit->proposedChange(), m_edit->owner());
}

void PhoneNumberEditor::load()
{
    const int row = model() ? model()->rowOfId(m_phoneNumberId) : -1;
    if (row < 0) {
        m_edit->reset(m_phoneNumberId, {}, std::nullopt, {});
        return;
    }
    const PhoneNumberRow &value = model()->rowAt(row);
    m_edit->reset(m_phoneNumberId, value.userId, value.phone.updatedAt,
                  {value.phone.isVerified(), value.isPrimary, value.phone.reservedForSecondFactor.value_or(false)});
}

} // namespace PhoneDesk
