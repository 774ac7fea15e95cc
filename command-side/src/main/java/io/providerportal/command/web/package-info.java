/** What every command endpoint shares: sending a command and reporting the position it reached. */
package io.providerportal.command.web;
