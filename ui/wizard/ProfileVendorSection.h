#pragma once

#include <QWidget>

class OrgNumberField;
class QGridLayout;
class QLabel;
class WizardContext;

/**
 * The profile page's vendor: the organisation number (an OrgNumberField) and, in the sandbox, the
 * register's name for it; other environments cannot look names up from here.
 */
class ProfileVendorSection : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileVendorSection(WizardContext *context, QWidget *parent = nullptr);

    OrgNumberField *field() const { return m_field; }
    /// The number without spaces.
    QString orgNumber() const;
    bool isValid() const;
    /// The register's name for orgNumber(), when known.
    QString vendorName() const;
    /// Shows @p orgNumber with @p vendorName (known already, not looked up), without edited().
    void setVendor(const QString &orgNumber, const QString &vendorName);
    /// Names are looked up only in the sandbox; another environment forgets the name shown.
    void setEnvironment(const QString &environment);
    /// Looks again for a name not known yet (e.g. the sandbox has started).
    void refreshName();
    QGridLayout *grid() const { return m_grid; }

Q_SIGNALS:
    /// The user changed the number.
    void edited();
    void nameFound();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_environment = QStringLiteral("sandbox");
    QGridLayout *m_grid;
    QLabel *m_label;
    OrgNumberField *m_field;
};
