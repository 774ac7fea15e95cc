package io.providerportal.standalone;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * What the browser tests do on the app as its users do: click buttons and links by the words they show (or their
 * accessible label), type into named fields, read tables. Every step waits explicitly for what it acts on.
 */
final class PortalPage {

    private final Chromium chromium;
    private final String base;

    PortalPage(Chromium chromium, int port) {
        this.chromium = chromium;
        this.base = "http://localhost:" + port + "/";
    }

    Chromium chromium() {
        return chromium;
    }

    /** Opens the app afresh (which forgets any session) and logs in by typing. */
    void logIn(String email, String password) {
        chromium.driver.get(base);
        type("email", email);
        type("password", password);
        click("Log in");
        chromium.visible(By.xpath("//button[normalize-space(.)='Log out']"));
    }

    /** Follows an address inside the app, as a link does: the fragment changes, the page (and its keys) stay. */
    void go(String fragment) {
        chromium.driver.executeScript("location.hash = arguments[0]", fragment);
    }

    void click(String text) {
        click(By.xpath("//button[normalize-space(.)=" + literal(text) + "]"));
    }

    /** A button by its accessible name, where several show the same word (Confirm, Edit) for different rows. */
    void clickLabelled(String label) {
        click(By.xpath("//button[@aria-label=" + literal(label) + "]"));
    }

    void clickLink(String text) {
        click(By.xpath("//a[normalize-space(.)=" + literal(text) + "]"));
    }

    /** A checkbox by its accessible name: its aria-label, or the text of the label around it. */
    void check(String label) {
        click(By.xpath("//input[@type='checkbox'][@aria-label=" + literal(label) + " or ancestor::label[contains("
                + "normalize-space(.), " + literal(label) + ")]]"));
    }

    void type(String name, String text) {
        type(chromium.visible(By.name(name)), text);
    }

    void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    void select(String name, String value) {
        new Select(chromium.visible(By.name(name))).selectByValue(value);
    }

    /** A select by its aria-label (the access level of one collection, say). */
    void selectLabelled(String label, String value) {
        new Select(chromium.visible(By.xpath("//select[@aria-label=" + literal(label) + "]"))).selectByValue(value);
    }

    WebElement visible(By locator) {
        return chromium.visible(locator);
    }

    WebElement text(String text) {
        return chromium.visible(By.xpath("//*[normalize-space(text())=" + literal(text) + "]"));
    }

    boolean hasButton(String textOrLabel) {
        return !chromium.driver
                .findElements(By.xpath("//button[normalize-space(.)=" + literal(textOrLabel) + " or @aria-label="
                        + literal(textOrLabel) + "]"))
                .isEmpty();
    }

    /**
     * The rows of the table of the class, cell by cell as the user reads them, without the checkbox and actions
     * columns; read in one script, so that a re-render cannot mix two states.
     */
    @SuppressWarnings("unchecked")
    List<List<String>> rows(String tableClass) {
        return (List<List<String>>) chromium.driver.executeScript("""
                return Array.from(document.querySelectorAll('table.' + arguments[0] + ' tbody tr'),
                                  tr => Array.from(tr.cells)
                                      .filter(td => !td.classList.contains('actions') && !td.querySelector('input'))
                                      .map(td => td.innerText.trim()));
                """, tableClass);
    }

    /** The row of the table whose first shown cell contains the text, or null. */
    List<String> row(String tableClass, String text) {
        return rows(tableClass).stream()
                .filter(row -> row.get(0).contains(text))
                .findFirst()
                .orElse(null);
    }

    /** Clicks once the element can be clicked; found again if the page re-rendered it in between. */
    private void click(By locator) {
        chromium.await(driver -> {
            WebElement element =
                    ExpectedConditions.elementToBeClickable(locator).apply(driver);
            if (element == null) {
                return null;
            }
            try {
                element.click();
                return true;
            } catch (StaleElementReferenceException rerendered) {
                return null;
            }
        });
    }

    /** An XPath string literal (the texts here have no double quotes). */
    private static String literal(String text) {
        return "\"" + text + "\"";
    }
}
