import { build } from "tsup";
import { cli } from "../../tsup.config.js";

/**
 * The CLI tests run the built command, dist/cli.js, as a child process. Building it alone takes
 * about a second (the library and its types are not rebuilt), so it is built before every run:
 * the tests never see a command older than the sources.
 */
export async function setup(): Promise<void> {
  await build({ ...cli, config: false, silent: true });
}
