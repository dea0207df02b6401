#pragma once

#include "model/SystemDefinition.h"
#include "validation/Finding.h"

#include <QList>
#include <QScrollArea>

class AccessSection;
class IdentitySection;
class TextsSection;
class TouchedFields;

/**
 * The editor's General tab, scrollable: the id (IdentitySection), names and descriptions
 * (TextsSection), client ids, redirect URLs and visibility (AccessSection), in reading order.
 */
class GeneralSection : public QScrollArea
{
    Q_OBJECT

public:
    explicit GeneralSection(QWidget *parent = nullptr);

    IdentitySection *identity() const { return m_identity; }
    TextsSection *texts() const { return m_texts; }
    AccessSection *access() const { return m_access; }

    /// Shows @p definition, its id as @p vendorOrgNumber's prefix and @p suffix.
    void showDefinition(
        const Altinn::SystemDefinition &definition, const QString &vendorOrgNumber, const QString &suffix);
    /// Shows @p findings at their fields (those of other tabs are ignored).
    void showFindings(const QList<Validation::Finding> &findings);
    /// Tells @p touched where this tab's fields are and when the person edits them.
    void trackTouches(TouchedFields *touched);
    /// Focuses and scrolls to the field of a finding's @p path ("/name/nn", "/clientId/1", …); false
    /// when the path is not on this tab.
    bool focusPath(const QString &path);

private:
    void focusAndShow(QWidget *widget);

    IdentitySection *m_identity;
    TextsSection *m_texts;
    AccessSection *m_access;
};
