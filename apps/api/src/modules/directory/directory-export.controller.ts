import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { isDirectorySort, rawFilterFromQuery } from '@confer/libs/directory';
import { DirectoryService } from './directory.service';
import { DirectoryException } from './directory.exception';

/** The CSV link lives under the API's URL space (see core/http/web-app.middleware.ts). */
export const EXPORT_PATH = '/directory/export.csv';

/**
 * CSV export of the public grid for the same filter and sort as the page (country, type, platform,
 * q, sort in the query string, as DirectoryPage.exportPath builds them). Public like the grid.
 */
@Controller('directory')
export class DirectoryExportController {
  constructor(private readonly directory: DirectoryService) {}

  @Get('export.csv')
  async export(@Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const { filter, sort } = rawFilterFromQuery(query);
    try {
      if (!isDirectorySort(sort)) throw new DirectoryException('INVALID_SORT');
      const csv = await this.directory.exportCsv(filter, sort);
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', 'attachment; filename="health-care-social-media-list.csv"');
      res.setHeader('Cache-Control', 'no-store');
      res.send(csv);
    } catch (e) {
      if (!(e instanceof DirectoryException)) throw e;
      // The same codes as GraphQL, as JSON with a 400.
      res.status(400).json({ error: { code: e.category, reason: e.reason, message: e.message } });
    }
  }
}
