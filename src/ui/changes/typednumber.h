// SPDX-License-Identifier: MIT
#pragma once

#include "phone/phonenumberinfo.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace PhoneDesk {

// A phone number as a person types it into a dialog: formatted as libphonenumber does while
// typing, read in a region (or by its "+" code) into E.164, and judged in words. The add and the
// replace dialogs' backends each own one as their `number`; they send `e164` and nothing else.
class TypedNumber : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("A change backend owns its typed number")

    // The region a number typed without "+" belongs to, "DE"; with "" only a number that starts
    // with "+" and its country code can be read.
    Q_PROPERTY(QString region READ region WRITE setRegion NOTIFY regionChanged)
    // The number as typed.
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY changed)
    // The text formatted as libphonenumber does while typing.
    Q_PROPERTY(QString formatted READ formatted NOTIFY changed)
    // The region the number is read in: the one of its "+" code, else `region`.
    Q_PROPERTY(QString detectedRegion READ detectedRegion NOTIFY changed)
    // A number that exists in its region's numbering plan.
    Q_PROPERTY(bool valid READ valid NOTIFY changed)
    // What is sent: the number in E.164, "+4915123456789"; "" while it is not valid.
    Q_PROPERTY(QString e164 READ e164 NOTIFY changed)
    // "+49 1512 3456789 · Germany · mobile" for a valid number; "" otherwise.
    Q_PROPERTY(QString description READ description NOTIFY changed)
    // "Valid mobile number for Germany", "Too short for Germany", "Not a valid number"; "" when empty.
    Q_PROPERTY(QString validity READ validity NOTIFY changed)
    // Why the number cannot be sent, for a person; "" when it is valid or nothing is typed.
    // Without a region: that it needs its country code, or what is wrong with the digits;
    // with one, the validity.
    Q_PROPERTY(QString problem READ problem NOTIFY changed)
    // Something is typed.
    Q_PROPERTY(bool hasInput READ hasInput NOTIFY changed)

public:
    explicit TypedNumber(QObject *parent = nullptr);
    ~TypedNumber() override;

    [[nodiscard]] QString region() const { return m_region; }
    void setRegion(const QString &region);
    [[nodiscard]] QString text() const { return m_text; }
    void setText(const QString &text);
    [[nodiscard]] QString formatted() const { return m_formatted; }
    [[nodiscard]] QString detectedRegion() const { return m_detectedRegion; }
    [[nodiscard]] bool valid() const { return m_info.valid; }
    [[nodiscard]] QString e164() const { return m_info.valid ? m_info.e164 : QString(); }
    // "+49 1512 3456789" for a valid number; "" otherwise.
    [[nodiscard]] QString international() const { return m_info.valid ? m_info.international : QString(); }
    [[nodiscard]] QString description() const;
    [[nodiscard]] QString validity() const;
    [[nodiscard]] QString problem() const;
    [[nodiscard]] bool hasInput() const { return !m_text.trimmed().isEmpty(); }

Q_SIGNALS:
    void regionChanged();
    // The text or what is read from it changed (a new region reads it again).
    void changed();

private:
    void update();
    // The kind of number in words ("mobile"); "" when unknown.
    [[nodiscard]] static QString typeText(PhoneNumberInfo::Type type);

    QString m_region;
    QString m_text;
    QString m_formatted;
    QString m_detectedRegion;
    PhoneNumberInfo m_info;
};

} // namespace PhoneDesk
